package org.hetao.registry.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.institution.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mailer against a real SMTP server (GreenMail) on a free port. */
class MailerTest {
    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    private static MailSettings settings(String username, String password) {
        return new MailSettings(
                true,
                "127.0.0.1",
                PORT,
                MailSettings.Tls.NONE,
                username,
                password,
                "Hetao Registry <registry@example.org>");
    }

    private static InboxItem item(InboxKind kind, String note) {
        return new InboxItem(
                7,
                kind,
                4711,
                815,
                "tto-sustech",
                9L,
                note,
                OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void sendsAnItemInEnglishAndTheOfficesChineseScript() throws Exception {
        MailMessage toHk =
                InboxMailText.of(item(InboxKind.APPROVAL_REQUESTED, null), Jurisdiction.HK, "office@hku.example.hk");
        MailMessage toSz = InboxMailText.of(
                item(InboxKind.PROPOSAL_REJECTED, "Shares not agreed"), Jurisdiction.MAINLAND, "tto@szbl.example.cn");
        assertEquals(List.of(), new Mailer(settings(null, null)).send(List.of(toHk, toSz)));

        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage hk = received[0].getAllRecipients()[0].toString().contains("hku") ? received[0] : received[1];
        MimeMessage sz = hk == received[0] ? received[1] : received[0];
        assertEquals(
                "[Hetao Registry] Ownership proposal #4711 of IP asset #815 awaits your office's approval",
                hk.getSubject());
        assertEquals("registry@example.org", ((jakarta.mail.internet.InternetAddress) hk.getFrom()[0]).getAddress());
        String hkBody = GreenMailUtil.getBody(hk);
        assertTrue(hk.getContentType().toLowerCase().contains("charset=utf-8"), hk.getContentType());
        String hkText = (String) hk.getContent();
        assertTrue(hkText.contains("知識產權 #815 的擁有權變更提案 #4711 待貴辦公室批准"), hkBody);
        assertTrue(hkText.contains("tto-sustech") && hkText.contains("2026-12-07 09:30 UTC"), hkText);
        String szText = (String) sz.getContent();
        assertTrue(szText.contains("已被拒绝") && szText.contains("Reason / 理由: Shares not agreed"), szText);
    }

    @Test
    void logsInWithTheConfiguredCredentials() throws Exception {
        SMTP.setUser("registry@example.org", "registry", "Mail-Secret-1");
        MailMessage m = InboxMailText.of(
                item(InboxKind.AGREEMENT_ISSUED, "HT-AG-2026-0001 r1"), Jurisdiction.HK, "office@hku.example.hk");
        assertEquals(List.of(), new Mailer(settings("registry", "Mail-Secret-1")).send(List.of(m)));
        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        assertEquals(
                "[Hetao Registry] Agreement HT-AG-2026-0001 r1 about IP asset #815 was issued",
                SMTP.getReceivedMessages()[0].getSubject());
    }

    @Test
    void aServerThatCannotBeReachedFailsTheSendNotTheCaller() {
        MailSettings nowhere = new MailSettings(
                true, "127.0.0.1", freePort(), MailSettings.Tls.NONE, null, null, "registry@example.org");
        MailMessage m =
                InboxMailText.of(item(InboxKind.PROPOSAL_EXPIRED, null), Jurisdiction.MAINLAND, "tto@szbl.example.cn");
        assertThrows(MessagingException.class, () -> new Mailer(nowhere).send(List.of(m)));
    }

    @Test
    void starttlsIsRequiredWhenConfigured() {
        MailSettings starttls = new MailSettings(
                true, "127.0.0.1", PORT, MailSettings.Tls.STARTTLS, null, null, "registry@example.org");
        MailMessage m =
                InboxMailText.of(item(InboxKind.PROPOSAL_EXPIRED, null), Jurisdiction.MAINLAND, "tto@szbl.example.cn");
        // GreenMail's plain SMTP offers no STARTTLS: the mailer refuses to send in the clear
        assertThrows(MessagingException.class, () -> new Mailer(starttls).send(List.of(m)));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
