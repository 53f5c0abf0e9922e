package org.hetao.registry.inbox;

import java.util.Locale;
import org.hetao.registry.common.RegistrySetting;

/** The SMTP settings ({@code registry.mail.*}); e-mail is off unless {@code enabled}. */
public record MailSettings(
        boolean enabled, String host, int port, Tls tls, String username, String password, String from) {
    /** Transport security towards the SMTP server. */
    public enum Tls {
        /** Plain SMTP (only for a server on the same host or network). */
        NONE,
        /** STARTTLS, required: a server that does not offer it is refused. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    public static MailSettings fromConfig() {
        return new MailSettings(
                RegistrySetting.MAIL_ENABLED.booleanValue(),
                RegistrySetting.MAIL_HOST.value().strip(),
                RegistrySetting.MAIL_PORT.intValue(),
                Tls.valueOf(RegistrySetting.MAIL_TLS.value().strip().toUpperCase(Locale.ROOT)),
                RegistrySetting.MAIL_USERNAME.optional().map(String::strip).orElse(null),
                RegistrySetting.MAIL_PASSWORD.optional().orElse(null),
                RegistrySetting.MAIL_FROM.optional().map(String::strip).orElse(null));
    }
}
