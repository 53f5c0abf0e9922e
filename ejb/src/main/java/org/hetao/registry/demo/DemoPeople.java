package org.hetao.registry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.PersonDetails;

/**
 * Fictional researchers: Cantonese names (with or without an English given name) at Hong Kong
 * institutions, Mandarin names in pinyin at Mainland ones, a few international names; Chinese
 * names in the script of the institution's side. About half have an ORCID iD, from a block that
 * ORCID does not issue (see {@link #orcid}); e-mail addresses are under the reserved {@code .invalid} domain.
 */
final class DemoPeople {
    /** The first fifteen digits of every demo ORCID iD but the last three. */
    static final String ORCID_BLOCK = "000000000000";

    static final String EMAIL_DOMAIN = ".demo.invalid";

    /** How far along a career a person is, which decides the roles they take on projects. */
    enum Stage {
        SENIOR,
        POSTDOC,
        RESEARCH_ASSISTANT,
        PHD_STUDENT,
        ENGINEER
    }

    /** A person, where they work (institution position, 1-based) and their stage. */
    record Person(PersonDetails details, long institution, Jurisdiction home, Stage stage) {}

    private record Name(String roman, String zhHant, String zhHans) {}

    private static Name n(String roman, String zhHant, String zhHans) {
        return new Name(roman, zhHant, zhHans);
    }

    private static final List<Name> CANTONESE_SURNAMES = List.of(
            n("Chan", "陳", "陈"),
            n("Wong", "黃", "黄"),
            n("Lee", "李", "李"),
            n("Cheung", "張", "张"),
            n("Lau", "劉", "刘"),
            n("Ng", "吳", "吴"),
            n("Leung", "梁", "梁"),
            n("Ho", "何", "何"),
            n("Tsang", "曾", "曾"),
            n("Yeung", "楊", "杨"),
            n("Chow", "周", "周"),
            n("Lam", "林", "林"),
            n("Tang", "鄧", "邓"),
            n("Fung", "馮", "冯"),
            n("Kwok", "郭", "郭"),
            n("Yip", "葉", "叶"),
            n("Mak", "麥", "麦"),
            n("Choi", "蔡", "蔡"),
            n("Tam", "譚", "谭"),
            n("Siu", "蕭", "萧"),
            n("Lo", "盧", "卢"),
            n("Poon", "潘", "潘"),
            n("Law", "羅", "罗"),
            n("Cheng", "鄭", "郑"),
            n("Hui", "許", "许"),
            n("Kwan", "關", "关"),
            n("Chu", "朱", "朱"),
            n("Tse", "謝", "谢"),
            n("Yuen", "袁", "袁"),
            n("Wan", "溫", "温"));
    private static final List<Name> CANTONESE_GIVEN = List.of(
            n("Wing-yan", "詠欣", "咏欣"),
            n("Ka-ho", "家豪", "家豪"),
            n("Chi-keung", "志強", "志强"),
            n("Mei-ling", "美玲", "美玲"),
            n("Tsz-kin", "梓健", "梓健"),
            n("Hoi-ying", "凱盈", "凯盈"),
            n("Siu-ming", "少明", "少明"),
            n("Ka-yee", "嘉儀", "嘉仪"),
            n("Wai-man", "偉文", "伟文"),
            n("Pui-shan", "佩珊", "佩珊"),
            n("Chun-hei", "俊希", "俊希"),
            n("Yuk-lan", "玉蘭", "玉兰"),
            n("Kwok-wai", "國偉", "国伟"),
            n("Sze-wing", "詩穎", "诗颖"),
            n("Man-kit", "文傑", "文杰"),
            n("Hiu-tung", "曉彤", "晓彤"),
            n("Tak-ming", "德明", "德明"),
            n("Lok-yi", "樂怡", "乐怡"),
            n("Ho-yin", "浩然", "浩然"),
            n("Ching-man", "靜雯", "静雯"));
    private static final List<String> ENGLISH_GIVEN = List.of(
            "Grace",
            "Kelvin",
            "Winnie",
            "Raymond",
            "Ivy",
            "Eric",
            "Michelle",
            "Kenneth",
            "Joyce",
            "Alan",
            "Cherry",
            "Dickson",
            "Fiona",
            "Patrick",
            "Tiffany",
            "Jason",
            "Vivian",
            "Marco",
            "Karen",
            "Samuel");
    private static final List<Name> MANDARIN_SURNAMES = List.of(
            n("Wang", "王", "王"),
            n("Li", "李", "李"),
            n("Zhang", "張", "张"),
            n("Liu", "劉", "刘"),
            n("Chen", "陳", "陈"),
            n("Yang", "楊", "杨"),
            n("Huang", "黃", "黄"),
            n("Zhao", "趙", "赵"),
            n("Wu", "吳", "吴"),
            n("Zhou", "周", "周"),
            n("Xu", "徐", "徐"),
            n("Sun", "孫", "孙"),
            n("Ma", "馬", "马"),
            n("Zhu", "朱", "朱"),
            n("Hu", "胡", "胡"),
            n("Guo", "郭", "郭"),
            n("He", "何", "何"),
            n("Lin", "林", "林"),
            n("Luo", "羅", "罗"),
            n("Zheng", "鄭", "郑"),
            n("Liang", "梁", "梁"),
            n("Xie", "謝", "谢"),
            n("Song", "宋", "宋"),
            n("Tang", "唐", "唐"),
            n("Deng", "鄧", "邓"),
            n("Feng", "馮", "冯"),
            n("Cao", "曹", "曹"),
            n("Peng", "彭", "彭"),
            n("Zeng", "曾", "曾"),
            n("Xiao", "蕭", "肖"));
    private static final List<Name> MANDARIN_GIVEN = List.of(
            n("Wei", "偉", "伟"),
            n("Fang", "芳", "芳"),
            n("Jing", "靜", "静"),
            n("Lei", "磊", "磊"),
            n("Jun", "軍", "军"),
            n("Yong", "勇", "勇"),
            n("Jie", "傑", "杰"),
            n("Tao", "濤", "涛"),
            n("Ming", "明", "明"),
            n("Xia", "霞", "霞"),
            n("Hui", "慧", "慧"),
            n("Yuxuan", "宇軒", "宇轩"),
            n("Zihan", "子涵", "子涵"),
            n("Haoran", "浩然", "浩然"),
            n("Yutong", "雨彤", "雨彤"),
            n("Zhiqiang", "志強", "志强"),
            n("Xinyi", "欣怡", "欣怡"),
            n("Bowen", "博文", "博文"),
            n("Siyuan", "思遠", "思远"),
            n("Ruoxi", "若汐", "若汐"),
            n("Jiahao", "嘉豪", "嘉豪"),
            n("Xiulan", "秀蘭", "秀兰"),
            n("Kai", "凱", "凯"),
            n("Shuang", "爽", "爽"));
    private static final List<String> INTERNATIONAL_GIVEN = List.of(
            "Oliver", "Amelia", "James", "Sophie", "Thomas", "Hannah", "Lukas", "Anna", "Daniel", "Laura", "Matteo",
            "Chloe", "Felix", "Emma", "Rahul", "Priya");
    private static final List<String> INTERNATIONAL_SURNAMES = List.of(
            "Bennett",
            "Fischer",
            "Clarke",
            "Harrison",
            "Novak",
            "Rossi",
            "Schmidt",
            "Turner",
            "Walsh",
            "Sharma",
            "Dubois",
            "Keller",
            "Morgan",
            "Evans",
            "Okafor",
            "Lindqvist");

    private final DemoDice dice;
    private int orcids;

    DemoPeople(DemoDice dice) {
        this.dice = dice;
    }

    /** The staff of every institution; real universities and institutes have more than the fictional companies. */
    List<Person> generate(List<InstitutionDetails> institutions, List<String> fundersOnly) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            InstitutionDetails inst = institutions.get(i);
            boolean research =
                    inst.kind() == InstitutionKind.UNIVERSITY || inst.kind() == InstitutionKind.RESEARCH_INSTITUTE;
            boolean company = inst.kind() == InstitutionKind.ENTERPRISE || inst.kind() == InstitutionKind.HOSPITAL;
            int count = research
                    ? dice.between(14, 26)
                    : company && !fundersOnly.contains(inst.shortName()) ? dice.between(5, 8) : 0;
            for (int k = 0; k < count; k++) {
                Stage stage = research
                        ? Stage.values()[dice.weighted(25, 30, 15, 22, 8)]
                        : dice.pick(List.of(Stage.SENIOR, Stage.ENGINEER, Stage.ENGINEER, Stage.POSTDOC));
                people.add(new Person(person(inst, i + 1L, people.size() + 1), i + 1L, inst.jurisdiction(), stage));
            }
        }
        return people;
    }

    private PersonDetails person(InstitutionDetails inst, long institution, int number) {
        String given;
        String family;
        String zh = null;
        boolean international = inst.jurisdiction() == Jurisdiction.OVERSEAS
                || inst.jurisdiction() == Jurisdiction.HK && dice.chance(0.08);
        if (international) {
            given = dice.pick(INTERNATIONAL_GIVEN);
            family = dice.pick(INTERNATIONAL_SURNAMES);
        } else if (inst.jurisdiction() == Jurisdiction.HK) {
            Name surname = dice.pick(CANTONESE_SURNAMES);
            Name cantonese = dice.pick(CANTONESE_GIVEN);
            given = dice.chance(0.6) ? dice.pick(ENGLISH_GIVEN) : null;
            family = surname.roman() + " " + cantonese.roman();
            zh = surname.zhHant() + cantonese.zhHant() + DemoTexts.TITLE_SUFFIX.zhHant();
        } else {
            Name surname = dice.pick(MANDARIN_SURNAMES);
            Name mandarin = dice.pick(MANDARIN_GIVEN);
            given = null;
            family = surname.roman() + " " + mandarin.roman();
            zh = surname.zhHans() + mandarin.zhHans() + DemoTexts.TITLE_SUFFIX.zhHans();
        }
        String nameEn = (given == null ? family : given + " " + family) + DemoTexts.NAME_SUFFIX_EN;
        String orcid = dice.chance(0.5) ? orcid(++orcids) : null;
        String email = dice.chance(0.7) ? email(given, family, number, inst.shortName()) : null;
        return new PersonDetails(nameEn, zh, orcid, institution, email);
    }

    /**
     * The {@code n}-th demo ORCID iD: {@code 0000-0000-0000-nnnC} with the ISO 7064 MOD 11-2 check
     * character C. ORCID issues iDs only from 0000-0001-5000-0007 to 0000-0003-5000-0001 and from
     * 0009-0000 on, so these can never be a real person's iD.
     */
    static String orcid(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("The demo ORCID block holds 999 iDs");
        }
        String base = ORCID_BLOCK + String.format(Locale.ROOT, "%03d", n);
        String id = base + checkCharacter(base);
        return id.substring(0, 4) + "-" + id.substring(4, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12);
    }

    /** ISO 7064 MOD 11-2 over fifteen digits; 10 is written X. */
    static char checkCharacter(String baseDigits) {
        int total = 0;
        for (int i = 0; i < baseDigits.length(); i++) {
            total = (total + (baseDigits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    private static String email(String given, String family, int number, String institution) {
        String local = ((given == null ? "" : given + " ") + family)
                .toLowerCase(Locale.ROOT)
                .replace(' ', '.')
                .replaceAll("[^a-z.]+", "");
        return local + "." + number + "@" + institution.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "")
                + EMAIL_DOMAIN;
    }
}
