package org.hetao.registry.inbox;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends plain-text e-mails (UTF-8) through the configured SMTP server with Jakarta Mail, over one
 * connection for a batch. Time-outs are short, so a server that does not answer holds nothing up long.
 */
public class Mailer {
    static final int TIMEOUT_MILLIS = 10_000;

    private final MailSettings settings;
    private final Session session;

    public Mailer(MailSettings settings) {
        if (settings.from() == null || settings.from().isBlank()) {
            throw new IllegalArgumentException("registry.mail.from is empty: e-mail needs a sender address");
        }
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    /** Sends the messages; returns those that could not be sent (the whole batch if the server could not be reached). */
    public List<MailMessage> send(List<MailMessage> messages) throws MessagingException {
        List<MailMessage> failed = new ArrayList<>();
        if (messages.isEmpty()) {
            return failed;
        }
        InternetAddress from = new InternetAddress(settings.from(), true);
        try (Transport transport = session.getTransport(settings.tls() == MailSettings.Tls.TLS ? "smtps" : "smtp")) {
            transport.connect();
            for (MailMessage m : messages) {
                try {
                    MimeMessage mime = new MimeMessage(session);
                    mime.setFrom(from);
                    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(m.to(), true));
                    mime.setSubject(m.subject(), StandardCharsets.UTF_8.name());
                    mime.setText(m.body(), StandardCharsets.UTF_8.name());
                    mime.setSentDate(new Date());
                    mime.saveChanges();
                    transport.sendMessage(mime, mime.getAllRecipients());
                } catch (MessagingException e) {
                    failed.add(m);
                }
            }
        }
        return failed;
    }

    private static Properties properties(MailSettings s) {
        Properties p = new Properties();
        String protocol = s.tls() == MailSettings.Tls.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", s.host());
        p.put("mail." + protocol + ".port", Integer.toString(s.port()));
        p.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".auth", Boolean.toString(s.username() != null));
        if (s.tls() == MailSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.tls() != MailSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static Authenticator authenticator(MailSettings s) {
        if (s.username() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.username(), s.password() == null ? "" : s.password());
            }
        };
    }
}
