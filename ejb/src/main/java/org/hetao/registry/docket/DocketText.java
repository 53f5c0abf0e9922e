package org.hetao.registry.docket;

import java.util.Map;

/** The words of the docket's exports in the three languages: a calendar's name, an event's summary and description. */
final class DocketText {
    private static final Map<String, String[]> WORDS = Map.of(
            "calendar", new String[] {"Patent deadlines", "專利期限", "专利期限"},
            "done", new String[] {"done", "已完成", "已完成"},
            "asset", new String[] {"IP asset", "知識產權", "知识产权"},
            "filing", new String[] {"Filing", "申請", "申请"},
            "source", new String[] {"Rule", "規則", "规则"},
            "year", new String[] {"patent year", "專利年度", "专利年度"});

    private DocketText() {}

    static String calendarName(String language) {
        return word("calendar", language);
    }

    /** "Title — application number (office or year)", with "done" once marked. */
    static String summary(DocketEntry e, String language) {
        Deadline d = e.deadline();
        StringBuilder s =
                new StringBuilder(d.title().in(language)).append(" — ").append(d.applicationNumber());
        if (d.occurrence() != null) {
            s.append(" (").append(occurrence(d.occurrence(), language)).append(')');
        }
        if (e.status() == DocketEntry.Status.DONE) {
            s.append(" [").append(word("done", language)).append(']');
        }
        return s.toString();
    }

    static String description(DocketEntry e, String language) {
        Deadline d = e.deadline();
        String title = e.assetTitle() == null ? null : e.assetTitle().forReader(language);
        return word("asset", language) + " #" + d.ipAssetId() + (title == null ? "" : ": " + title) + "\n"
                + word("filing", language) + ": " + d.applicationNumber() + "\n"
                + word("source", language) + ": " + d.ruleId() + " — " + d.source();
    }

    static String occurrence(String occurrence, String language) {
        return occurrence.startsWith("year-")
                ? word("year", language) + " " + occurrence.substring("year-".length())
                : occurrence;
    }

    private static String word(String key, String language) {
        String tag = language == null ? "en" : language;
        int i = !tag.startsWith("zh") ? 0 : tag.contains("Hans") || tag.endsWith("CN") ? 2 : 1;
        return WORDS.get(key)[i];
    }
}
