package org.hetao.registry.account;

import java.util.Locale;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;

/** The least a password must be: long enough, not the username, not a well-known password. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "1234567890", "12345678910",
            "qwertyuiop", "qwerty1234", "qwerty12345", "iloveyou12", "letmein123", "welcome123", "admin12345",
            "administrator", "changeme123", "abc1234567", "1q2w3e4r5t", "0987654321", "passw0rd123", "trustno1234");

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("password", "must not contain the username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new InvalidValueException("password", "is too common or too simple; choose another");
        }
    }
}
