package org.hetao.registry.ipasset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hetao.registry.common.LocalizedText;

/**
 * What an investor reads of an asset, each text in English, Traditional and Simplified Chinese with
 * every language optional: the public summary, the problem the asset solves, its advantages over
 * existing solutions and its applications and market. All of it is public (non-confidential) text.
 */
@Embeddable
public class InvestorTexts {
    /** The longest public summary in one language. */
    public static final int SUMMARY_MAX = 4000;
    /** The longest problem, advantages or applications text in one language. */
    public static final int FIELD_MAX = 2000;

    @Column(name = "public_summary_en", length = SUMMARY_MAX)
    private String summaryEn;

    @Column(name = "public_summary_zh_hant", length = SUMMARY_MAX)
    private String summaryZhHant;

    @Column(name = "public_summary_zh_hans", length = SUMMARY_MAX)
    private String summaryZhHans;

    @Column(name = "problem_en", length = FIELD_MAX)
    private String problemEn;

    @Column(name = "problem_zh_hant", length = FIELD_MAX)
    private String problemZhHant;

    @Column(name = "problem_zh_hans", length = FIELD_MAX)
    private String problemZhHans;

    @Column(name = "advantages_en", length = FIELD_MAX)
    private String advantagesEn;

    @Column(name = "advantages_zh_hant", length = FIELD_MAX)
    private String advantagesZhHant;

    @Column(name = "advantages_zh_hans", length = FIELD_MAX)
    private String advantagesZhHans;

    @Column(name = "applications_en", length = FIELD_MAX)
    private String applicationsEn;

    @Column(name = "applications_zh_hant", length = FIELD_MAX)
    private String applicationsZhHant;

    @Column(name = "applications_zh_hans", length = FIELD_MAX)
    private String applicationsZhHans;

    protected InvestorTexts() {}

    /** Checks each text's length (blank languages become absent) and keeps them. */
    static InvestorTexts of(
            LocalizedText summary, LocalizedText problem, LocalizedText advantages, LocalizedText applications) {
        LocalizedText s = LocalizedText.optional("publicSummary", summary, SUMMARY_MAX);
        LocalizedText p = LocalizedText.optional("problemSolved", problem, FIELD_MAX);
        LocalizedText a = LocalizedText.optional("advantages", advantages, FIELD_MAX);
        LocalizedText m = LocalizedText.optional("applications", applications, FIELD_MAX);
        InvestorTexts t = new InvestorTexts();
        t.summaryEn = s.en();
        t.summaryZhHant = s.zhHant();
        t.summaryZhHans = s.zhHans();
        t.problemEn = p.en();
        t.problemZhHant = p.zhHant();
        t.problemZhHans = p.zhHans();
        t.advantagesEn = a.en();
        t.advantagesZhHant = a.zhHant();
        t.advantagesZhHans = a.zhHans();
        t.applicationsEn = m.en();
        t.applicationsZhHant = m.zhHant();
        t.applicationsZhHans = m.zhHans();
        return t;
    }

    public LocalizedText summary() {
        return new LocalizedText(summaryEn, summaryZhHant, summaryZhHans);
    }

    public LocalizedText problemSolved() {
        return new LocalizedText(problemEn, problemZhHant, problemZhHans);
    }

    public LocalizedText advantages() {
        return new LocalizedText(advantagesEn, advantagesZhHant, advantagesZhHans);
    }

    public LocalizedText applications() {
        return new LocalizedText(applicationsEn, applicationsZhHant, applicationsZhHans);
    }
}
