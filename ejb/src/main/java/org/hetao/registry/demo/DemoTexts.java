package org.hetao.registry.demo;

import java.util.Locale;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.demo.DemoVocabulary.Phrase;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.Licensing;

/**
 * The demo data set's texts in three scripts, and its marking: every project and IP asset title
 * ends in {@link #TITLE_SUFFIX}, every abstract and public summary starts with
 * {@link #RECORD_PREFIX}, every person's name ends in {@link #NAME_SUFFIX_EN}.
 */
final class DemoTexts {
    /** The suffix of every demo title, in English, Traditional and Simplified Chinese. */
    static final LocalizedText TITLE_SUFFIX = new LocalizedText(" (fictional)", "（虛構）", "（虚构）");
    /** The first sentence of every demo abstract and public summary. */
    static final LocalizedText RECORD_PREFIX = new LocalizedText("Fictional demo record. ", "虛構示範記錄。", "虚构示范记录。");

    static final String NAME_SUFFIX_EN = " (fictional)";

    private DemoTexts() {}

    /** What a project is about: its words, places and parties. */
    record Subject(
            Phrase topic,
            Phrase method,
            Phrase method2,
            Phrase application,
            Phrase outcome,
            Phrase park,
            InstitutionDetails lead,
            InstitutionDetails partner,
            int endYear,
            int variant) {}

    static LocalizedText projectTitle(Subject s) {
        Phrase t = s.topic();
        Phrase m = s.method();
        Phrase a = s.application();
        LocalizedText title = switch (s.variant() % 4) {
            case 0 ->
                new LocalizedText(
                        capital(m.en()) + " for " + t.en(),
                        "基於" + m.zhHant() + "的" + t.zhHant() + "研究",
                        "基于" + m.zhHans() + "的" + t.zhHans() + "研究");
            case 1 ->
                new LocalizedText(
                        capital(t.en()) + " with " + m.en() + ": towards " + a.en(),
                        "面向" + a.zhHant() + "的" + t.zhHant() + "與" + m.zhHant(),
                        "面向" + a.zhHans() + "的" + t.zhHans() + "与" + m.zhHans());
            case 2 ->
                new LocalizedText(
                        "A Hong Kong–Shenzhen platform for " + t.en() + " and " + a.en(),
                        "面向" + t.zhHant() + "與" + a.zhHant() + "的港深聯合平台",
                        "面向" + t.zhHans() + "与" + a.zhHans() + "的港深联合平台");
            default ->
                new LocalizedText(
                        capital(t.en()) + " and " + a.en() + ": a joint Hetao study",
                        t.zhHant() + "與" + a.zhHant() + "：河套聯合研究",
                        t.zhHans() + "与" + a.zhHans() + "：河套联合研究");
        };
        return marked(title);
    }

    static LocalizedText projectAbstract(Subject s) {
        Phrase t = s.topic();
        Phrase m = s.method();
        Phrase a = s.application();
        Phrase o = s.outcome();
        InstitutionDetails lead = s.lead();
        InstitutionDetails partner = s.partner();
        String en = "This project applies " + m.en() + " to " + t.en() + ", aiming at " + a.en() + ". "
                + "Teams of " + lead.nameEn() + " and " + partner.nameEn() + " work side by side in the "
                + s.park().en()
                + " and complement the approach with " + s.method2().en() + ". "
                + "Data and samples move between the two sides under the zone's cross-boundary arrangements. "
                + "Expected results include " + o.en() + " by " + s.endYear() + ".";
        String hant = "本項目將" + m.zhHant() + "應用於" + t.zhHant() + "，目標是" + a.zhHant() + "。"
                + lead.nameZhHant() + "與" + partner.nameZhHant() + "的團隊在"
                + s.park().zhHant() + "並肩工作，並以"
                + s.method2().zhHant() + "補充研究方法。數據與樣本按合作區的跨境安排在兩地之間流動。"
                + "預期於" + s.endYear() + "年前取得" + o.zhHant() + "等成果。";
        String hans = "本项目将" + m.zhHans() + "应用于" + t.zhHans() + "，目标是" + a.zhHans() + "。"
                + lead.nameZhHans() + "与" + partner.nameZhHans() + "的团队在"
                + s.park().zhHans() + "并肩工作，并以"
                + s.method2().zhHans() + "补充研究方法。数据与样本按合作区的跨境安排在两地之间流动。"
                + "预期于" + s.endYear() + "年前取得" + o.zhHans() + "等成果。";
        return prefixed(new LocalizedText(en, hant, hans));
    }

    static LocalizedText assetTitle(AssetType type, Phrase topic, Phrase method) {
        Phrase t = topic;
        Phrase m = method;
        LocalizedText title = switch (type) {
            case PATENT, PATENT_APPLICATION ->
                new LocalizedText(
                        "Method and system for " + t.en() + " using " + m.en(),
                        "一種基於" + m.zhHant() + "的" + t.zhHant() + "方法及系統",
                        "一种基于" + m.zhHans() + "的" + t.zhHans() + "方法及系统");
            case SOFTWARE ->
                new LocalizedText(capital(t.en()) + " analysis software", t.zhHant() + "分析軟件", t.zhHans() + "分析软件");
            case DATA_SET ->
                new LocalizedText("Annotated data set on " + t.en(), t.zhHant() + "標註數據集", t.zhHans() + "标注数据集");
            case DESIGN ->
                new LocalizedText(
                        "Industrial design of a device for " + t.en(), t.zhHant() + "裝置外觀設計", t.zhHans() + "装置外观设计");
            case KNOW_HOW ->
                new LocalizedText("Process know-how for " + m.en(), m.zhHant() + "工藝訣竅", m.zhHans() + "工艺诀窍");
            case BIOLOGICAL_MATERIAL ->
                new LocalizedText(
                        "Cell lines and reagents for " + t.en(), t.zhHant() + "細胞系及試劑", t.zhHans() + "细胞系及试剂");
            case TRADEMARK ->
                new LocalizedText("Brand of a platform for " + t.en(), t.zhHant() + "平台商標", t.zhHans() + "平台商标");
        };
        return marked(title);
    }

    static LocalizedText assetAbstract(AssetType type, Phrase topic, Phrase method, String projectCode) {
        Phrase label = label(type);
        return prefixed(new LocalizedText(
                capital(article(label.en())) + " " + label.en() + " applying " + method.en() + " to " + topic.en()
                        + ". It results from project " + projectCode
                        + " and is owned jointly by the project's participants as recorded.",
                "一項將" + method.zhHant() + "應用於" + topic.zhHant() + "的" + label.zhHant() + "。本成果源自項目" + projectCode
                        + "，由項目參與機構按登記的份額共同擁有。",
                "一项将" + method.zhHans() + "应用于" + topic.zhHans() + "的" + label.zhHans() + "。本成果源自项目" + projectCode
                        + "，由项目参与机构按登记的份额共同拥有。"));
    }

    /** The public summary: what an investor sees, in the three scripts, each starting with the record marker. */
    static LocalizedText publicSummary(
            AssetType type, Phrase topic, Phrase method, Phrase application, int trl, Licensing licensing) {
        Phrase label = label(type);
        Phrase offer = switch (licensing) {
            case EXCLUSIVE -> new Phrase("offered for exclusive licensing", "可作獨家許可", "可作独家许可");
            case NON_EXCLUSIVE -> new Phrase("offered for non-exclusive licensing", "可作非獨家許可", "可作非独家许可");
            case LICENSED -> new Phrase("already licensed", "已許可", "已许可");
            case NOT_AVAILABLE -> new Phrase("not offered for licensing at present", "暫不提供許可", "暂不提供许可");
        };
        return prefixed(new LocalizedText(
                capital(article(label.en())) + " " + label.en() + " from a joint Hong Kong–Shenzhen project on "
                        + topic.en() + ", applying " + method.en() + " to " + application.en()
                        + ". Technology readiness level "
                        + trl + "; " + offer.en() + ".",
                "港深聯合項目的" + label.zhHant() + "：將" + method.zhHant() + "應用於" + topic.zhHant() + "，服務於"
                        + application.zhHant() + "。技術成熟度" + trl + "級；" + offer.zhHant() + "。",
                "港深联合项目的" + label.zhHans() + "：将" + method.zhHans() + "应用于" + topic.zhHans() + "，服务于"
                        + application.zhHans() + "。技术成熟度" + trl + "级；" + offer.zhHans() + "。"));
    }

    /** The problem an asset solves, in the three scripts. */
    static LocalizedText problemSolved(Phrase topic, Phrase application) {
        return new LocalizedText(
                "Work on " + topic.en() + " for " + application.en()
                        + " is slow and costly with the tools in use today.",
                "現有工具用於" + application.zhHant() + "的" + topic.zhHant() + "工作緩慢且成本高。",
                "现有工具用于" + application.zhHans() + "的" + topic.zhHans() + "工作缓慢且成本高。");
    }

    /** The advantages of an asset over existing solutions, in the three scripts. */
    static LocalizedText advantages(Phrase method) {
        return new LocalizedText(
                "Applying " + method.en() + " gives more reliable results at a lower cost than existing solutions.",
                "應用" + method.zhHant() + "，結果比現有方案更可靠、成本更低。",
                "应用" + method.zhHans() + "，结果比现有方案更可靠、成本更低。");
    }

    /** The applications and market of an asset, in the three scripts. */
    static LocalizedText applications(Phrase application) {
        return new LocalizedText(
                capital(application.en()) + ", for companies in the Greater Bay Area and beyond.",
                application.zhHant() + "，面向大灣區及其他地區的企業。",
                application.zhHans() + "，面向大湾区及其他地区的企业。");
    }

    static Phrase label(AssetType type) {
        return switch (type) {
            case PATENT -> new Phrase("patent", "專利", "专利");
            case PATENT_APPLICATION -> new Phrase("patent application", "專利申請", "专利申请");
            case SOFTWARE -> new Phrase("software package", "軟件", "软件");
            case DATA_SET -> new Phrase("data set", "數據集", "数据集");
            case DESIGN -> new Phrase("registered design", "外觀設計", "外观设计");
            case KNOW_HOW -> new Phrase("body of know-how", "技術訣竅", "技术诀窍");
            case BIOLOGICAL_MATERIAL -> new Phrase("biological material", "生物材料", "生物材料");
            case TRADEMARK -> new Phrase("trademark", "商標", "商标");
        };
    }

    static LocalizedText marked(LocalizedText title) {
        return new LocalizedText(
                title.en() + TITLE_SUFFIX.en(),
                title.zhHant() + TITLE_SUFFIX.zhHant(),
                title.zhHans() + TITLE_SUFFIX.zhHans());
    }

    private static LocalizedText prefixed(LocalizedText text) {
        return new LocalizedText(
                RECORD_PREFIX.en() + text.en(),
                RECORD_PREFIX.zhHant() + text.zhHant(),
                RECORD_PREFIX.zhHans() + text.zhHans());
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** Upper-cases the first letter unless the first word is an acronym or a name such as e-CNY or mRNA. */
    static String capital(String s) {
        String first = s.split(" ", 2)[0];
        boolean keep = !first.equals(first.toLowerCase(Locale.ROOT))
                || first.startsWith("e-")
                || !Character.isLetter(s.charAt(0));
        return keep ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
