package org.hetao.registry.config;

import org.hetao.registry.common.RegistrySetting;

/**
 * A setting the registry refuses at start-up (a first administrator's password the policy refuses,
 * say). Thrown from a start-up bean it fails the deployment; its message is one line that names the
 * environment variable and says what to change, and it is also left in the JVM-wide property
 * {@value #PROPERTY}, from which the launcher (in another class loader) prints that line instead of
 * the server's stack traces and exits with a non-zero status.
 */
public class RefusedSetting extends RuntimeException {
    public static final String PROPERTY = "registry.refused.setting";
    private static final long serialVersionUID = 1L;

    private RefusedSetting(String message) {
        super(message, null, false, false);
    }

    /** Refuses {@code setting} because of {@code reason} (a sentence without the setting's name). */
    public static RefusedSetting of(RegistrySetting setting, String reason) {
        String message = setting.environmentVariable() + " (" + setting.key() + ") is refused: " + reason
                + "; change it and start again";
        System.setProperty(PROPERTY, message);
        return new RefusedSetting(message);
    }
}
