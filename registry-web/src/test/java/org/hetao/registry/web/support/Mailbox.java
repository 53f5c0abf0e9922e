package org.hetao.registry.web.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

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

    /** The first message to {@code to} whose subject contains {@code subject}, waiting up to 30 seconds for it. */
    public static MimeMessage await(GreenMail smtp, String to, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                boolean addressed = Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equals(to));
                if (addressed && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no e-mail to " + to + " about '" + subject + "' arrived; received: "
                + smtp.getReceivedMessages().length);
    }
}
