package org.hetao.registry.web.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Waits for the e-mails the registry sends to a test's SMTP server (GreenMail). */
public final class Mailbox {
    private Mailbox() {}

    /** A real SMTP server on the port the suite's registry sends to ({@code registry.test.smtpPort}), started. */
    public static GreenMail start() {
        GreenMail smtp = new GreenMail(
                new ServerSetup(Integer.getInteger("registry.test.smtpPort"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /**
     * The first message to {@code to} whose subject contains {@code subject} (any message to {@code to}
     * for ""), waiting up to 30 seconds for it.
     */
    public static MimeMessage await(GreenMail smtp, String to, String subject) {
        return org.awaitility.Awaitility.await("an e-mail to " + to + " about '" + subject + "'")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> first(smtp, to, subject), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<MimeMessage> first(GreenMail smtp, String to, String subject) throws MessagingException {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean addressed = Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(to));
            if (addressed && String.valueOf(m.getSubject()).contains(subject)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
