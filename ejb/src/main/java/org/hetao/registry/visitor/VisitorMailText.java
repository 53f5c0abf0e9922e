package org.hetao.registry.visitor;

import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.inbox.MailMessage;

/**
 * The plain text of the e-mails to a public visitor: in English, and also in the visitor's Chinese
 * script when the visitor wrote in Chinese. Links carry their secret after {@code #}, so that it
 * stays in the browser and never reaches a server's log through a request line or a Referer header.
 */
public final class VisitorMailText {
    private static final String SUBJECT = "[Hetao Registry] ";

    private VisitorMailText() {}

    /** The one-time link that proves the address and sends the enquiry. */
    public static MailMessage confirmation(String to, String language, LocalizedText title, String link, long hours) {
        String en = """
                Someone — we hope you — asked to send an enquiry about "%s" from the Hetao Registry's public catalogue with this e-mail address.
                Nothing has been sent to the owners yet. To confirm your address and send the enquiry, open this link within %d hours:

                %s

                The link works once. If you did not ask for this, ignore this e-mail: nothing will be sent.
                """.formatted(title.en(), hours, link);
        String zh = switch (script(language)) {
            case "zh-Hant" -> """
                    有人（希望是閣下）以此電郵地址，在河套登記冊公開目錄就「%s」提出查詢。查詢尚未送交擁有人。
                    請於 %d 小時內開啟以上連結，以確認電郵地址並送出查詢；連結只可使用一次。如非閣下提出，請略去此電郵。
                    """.formatted(title.in(language), hours);
            case "zh-Hans" -> """
                    有人（希望是您）以此电子邮件地址，在河套登记册公开目录就“%s”提出询价。询价尚未发送给权利人。
                    请于 %d 小时内打开以上链接，以确认电子邮件地址并发送询价；链接只可使用一次。如非您本人提出，请忽略此邮件。
                    """.formatted(title.in(language), hours);
            default -> "";
        };
        return new MailMessage(to, SUBJECT + "Confirm your enquiry / 確認查詢 / 确认询价", join(en, zh));
    }

    /** The secret link through which the visitor follows the enquiry's thread. */
    public static MailMessage threadLink(String to, String language, long enquiryId, LocalizedText title, String link) {
        String en = """
                Thank you: your e-mail address is confirmed and enquiry #%d about "%s" has reached the owners' technology-transfer offices.
                Their replies will be e-mailed to you. Read the thread, reply or withdraw the enquiry at this private link:

                %s

                Keep it to yourself: whoever has the link can act on the enquiry. You can switch the link off on its page.
                """.formatted(enquiryId, title.en(), link);
        String zh = switch (script(language)) {
            case "zh-Hant" -> """
                    多謝：電郵地址已確認，有關「%s」的查詢 #%d 已送交擁有人的技術轉移辦公室，其回覆將以電郵寄給閣下。
                    可在以上私人連結閱讀對話、回覆或撤回查詢。請勿轉交他人：持有連結者即可處理此查詢。
                    """.formatted(title.in(language), enquiryId);
            case "zh-Hans" -> """
                    谢谢：电子邮件地址已确认，关于“%s”的询价 #%d 已发送给权利人的技术转移办公室，其回复将通过电子邮件发给您。
                    可在以上私人链接阅读对话、回复或撤回询价。请勿转给他人：持有链接者即可处理此询价。
                    """.formatted(title.in(language), enquiryId);
            default -> "";
        };
        return new MailMessage(to, SUBJECT + "Enquiry #" + enquiryId + " sent / 查詢已送出 / 询价已发送", join(en, zh));
    }

    /** An owner's office sent the visitor a new link to the thread; the previous one no longer works. */
    public static MailMessage newLink(String to, String language, long enquiryId, LocalizedText office, String link) {
        String en = """
                The office of %s sent you a new private link to your enquiry #%d; the previous link no longer works:

                %s

                Keep it to yourself: whoever has the link can act on the enquiry.
                """.formatted(office.en(), enquiryId, link);
        String zh = switch (script(language)) {
            case "zh-Hant" -> "%s 的辦公室已為閣下的查詢 #%d 發出新的私人連結（見上），舊連結已失效。\n".formatted(office.in(language), enquiryId);
            case "zh-Hans" -> "%s 的办公室已为您的询价 #%d 发出新的私人链接（见上），旧链接已失效。\n".formatted(office.in(language), enquiryId);
            default -> "";
        };
        return new MailMessage(to, SUBJECT + "New link to enquiry #" + enquiryId + " / 新連結 / 新链接", join(en, zh));
    }

    /** An owner's office wrote in the thread: the message itself, and where to answer. */
    public static MailMessage reply(String to, String language, long enquiryId, LocalizedText office, String text) {
        String en = """
                The office of %s replied to your enquiry #%d:

                %s

                Answer it through the private link in the e-mail that confirmed your enquiry.
                """.formatted(office.en(), enquiryId, text);
        String zh = switch (script(language)) {
            case "zh-Hant" -> "%s 的辦公室已回覆閣下的查詢 #%d（見上）。請經確認查詢電郵中的私人連結回覆。\n".formatted(office.in(language), enquiryId);
            case "zh-Hans" -> "%s 的办公室已回复您的询价 #%d（见上）。请通过确认询价邮件中的私人链接回复。\n".formatted(office.in(language), enquiryId);
            default -> "";
        };
        return new MailMessage(to, SUBJECT + "Reply to enquiry #" + enquiryId + " / 查詢回覆 / 询价回复", join(en, zh));
    }

    /** An owner's office moved the enquiry (e.g. declined it). */
    public static MailMessage status(String to, String language, long enquiryId, LocalizedText office, String status) {
        String en = """
                The office of %s changed the status of your enquiry #%d to: %s

                See the thread through the private link in the e-mail that confirmed your enquiry.
                """.formatted(office.en(), enquiryId, status);
        String zh = switch (script(language)) {
            case "zh-Hant" -> "%s 的辦公室已將閣下查詢 #%d 的狀態改為：%s\n".formatted(office.in(language), enquiryId, status);
            case "zh-Hans" -> "%s 的办公室已将您询价 #%d 的状态改为：%s\n".formatted(office.in(language), enquiryId, status);
            default -> "";
        };
        return new MailMessage(to, SUBJECT + "Enquiry #" + enquiryId + ": " + status, join(en, zh));
    }

    private static String script(String language) {
        return language == null ? "en" : language;
    }

    private static String join(String en, String zh) {
        return zh.isEmpty() ? en : en + "\n" + zh;
    }
}
