package org.hetao.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.hetao.registry.common.RegistrySetting;

/** The configured password hasher, and a dummy hash that makes unknown usernames cost as much as known ones. */
@ApplicationScoped
public class Passwords {
    private final PasswordHasher hasher = new PasswordHasher(RegistrySetting.PASSWORD_ITERATIONS.intValue());
    private volatile String dummyHash;

    public String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hasher.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same effort as a real check, for a username that does not exist. */
    public void verifyNothing(String password) {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        hasher.verify(password.toCharArray(), dummyHash);
    }
}
