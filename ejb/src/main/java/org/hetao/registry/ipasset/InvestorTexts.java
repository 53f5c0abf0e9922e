package org.hetao.registry.ipasset;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.LocalizedTextColumns;

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

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "public_summary_en", length = SUMMARY_MAX)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "public_summary_zh_hant", length = SUMMARY_MAX)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "public_summary_zh_hans", length = SUMMARY_MAX))
    })
    private LocalizedTextColumns summary;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "problem_en", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "problem_zh_hant", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "problem_zh_hans", length = FIELD_MAX))
    })
    private LocalizedTextColumns problem;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "advantages_en", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "advantages_zh_hant", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "advantages_zh_hans", length = FIELD_MAX))
    })
    private LocalizedTextColumns advantages;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "applications_en", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "applications_zh_hant", length = FIELD_MAX)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "applications_zh_hans", length = FIELD_MAX))
    })
    private LocalizedTextColumns applications;

    protected InvestorTexts() {}

    /** Checks each text's length (blank languages become absent) and keeps them. */
    static InvestorTexts of(
            LocalizedText summary, LocalizedText problem, LocalizedText advantages, LocalizedText applications) {
        LocalizedText s = LocalizedText.optional("publicSummary", summary, SUMMARY_MAX);
        LocalizedText p = LocalizedText.optional("problemSolved", problem, FIELD_MAX);
        LocalizedText a = LocalizedText.optional("advantages", advantages, FIELD_MAX);
        LocalizedText m = LocalizedText.optional("applications", applications, FIELD_MAX);
        InvestorTexts t = new InvestorTexts();
        t.summary = LocalizedTextColumns.of(s);
        t.problem = LocalizedTextColumns.of(p);
        t.advantages = LocalizedTextColumns.of(a);
        t.applications = LocalizedTextColumns.of(m);
        return t;
    }

    public LocalizedText summary() {
        return LocalizedTextColumns.text(summary);
    }

    public LocalizedText problemSolved() {
        return LocalizedTextColumns.text(problem);
    }

    public LocalizedText advantages() {
        return LocalizedTextColumns.text(advantages);
    }

    public LocalizedText applications() {
        return LocalizedTextColumns.text(applications);
    }
}
