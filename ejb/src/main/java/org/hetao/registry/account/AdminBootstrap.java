package org.hetao.registry.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.RefusedSetting;
import org.hetao.registry.config.SignInHint;

/**
 * On the first start, with no accounts at all, creates the {@code admin} account with the password
 * from {@code REGISTRY_ADMIN_PASSWORD}, or a random one written once to the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @PostConstruct
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String password = RegistrySetting.ADMIN_PASSWORD.optional().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        } else {
            try {
                PasswordPolicy.check("admin", password);
            } catch (InvalidValueException e) {
                throw RefusedSetting.of(
                        RegistrySetting.ADMIN_PASSWORD,
                        "the password of the first account 'admin' "
                                + e.errors().get(0).message());
            }
        }
        accounts.add(new Account("admin", passwords.hash(password), Role.ADMIN, null));
        SignInHint.set(
                generated
                        ? "sign in as admin with the generated password logged above"
                        : "sign in as admin with the password in REGISTRY_ADMIN_PASSWORD");
        if (generated) {
            LOG.warning("Created the first account 'admin' with the generated password: " + password
                    + "  (shown once; set REGISTRY_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info("Created the first account 'admin' with the password from REGISTRY_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
