package org.hetao.registry.savedsearch;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.inbox.MailMessage;

/**
 * The plain text of a saved search's digest, in the search's language: the records registered in
 * the period that the owner may see now (title, kind, date), a link to the search's results and a
 * link that stops the digest. At most {@link SavedSearchService#MAX_RESULTS} records are listed.
 */
public final class DigestMailText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private DigestMailText() {}

    public static MailMessage of(
            String to, SavedSearch s, List<FoundRecord> records, String linkBase, String unsubscribeToken) {
        String lang = s.getLanguage();
        Texts t = lang.equals("zh-Hant") ? Texts.HANT : lang.equals("zh-Hans") ? Texts.HANS : Texts.EN;
        StringBuilder body = new StringBuilder(t.intro.formatted(s.getName(), records.size())).append("\n\n");
        for (FoundRecord r : records) {
            body.append("• ")
                    .append(r.title())
                    .append(" (")
                    .append(t.kind(r.type().urlName()))
                    .append(", ")
                    .append(r.createdAt().atZoneSameInstant(RegistryClock.ZONE).format(DAY))
                    .append(")\n");
            if (r.summary() != null && !r.summary().equals(r.title())) {
                body.append("  ")
                        .append(r.summary().length() > 200 ? r.summary().substring(0, 200) + "…" : r.summary())
                        .append('\n');
            }
        }
        body.append('\n')
                .append(t.open)
                .append('\n')
                .append(linkBase)
                .append("#/saved-searches/")
                .append(s.getId())
                .append("\n\n")
                .append(t.stop)
                .append('\n')
                .append(linkBase)
                .append("#/digest/unsubscribe/")
                .append(unsubscribeToken)
                .append('\n');
        return new MailMessage(
                to, "[Hetao Registry] " + t.subject.formatted(s.getName(), records.size()), body.toString());
    }

    private enum Texts {
        EN(
                "Your saved search \"%s\" found %d new record(s):",
                "%s: %d new record(s)",
                "See the results in the registry (sign in):",
                "To stop these e-mails for this search, open:",
                "IP asset",
                "project",
                "institution",
                "person"),
        HANT("閣下的已儲存搜尋「%s」有 %d 項新紀錄：", "%s：%d 項新紀錄", "在登記冊查看結果（須登入）：", "如不想再收到此搜尋的電郵，請開啟：", "知識產權", "項目", "機構", "人員"),
        HANS("您的已保存搜索“%s”有 %d 条新记录：", "%s：%d 条新记录", "在登记册查看结果（须登录）：", "如不想再收到此搜索的邮件，请打开：", "知识产权", "项目", "机构", "人员");

        final String intro;
        final String subject;
        final String open;
        final String stop;
        final String[] kinds;

        Texts(String intro, String subject, String open, String stop, String... kinds) {
            this.intro = intro;
            this.subject = subject;
            this.open = open;
            this.stop = stop;
            this.kinds = kinds;
        }

        String kind(String urlName) {
            return switch (urlName) {
                case "ip-asset" -> kinds[0];
                case "project" -> kinds[1];
                case "institution" -> kinds[2];
                default -> kinds[3];
            };
        }
    }
}
