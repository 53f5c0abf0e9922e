package org.hetao.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.LocalizedText;

/**
 * Decides which sections and paragraphs of the framework an agreement contains, given its
 * options, and fills in their placeholders. A point the options leave unstated gets no paragraph
 * (and, where Hong Kong and Mainland defaults differ, a warning from {@link AgreementWarnings}).
 */
public final class AgreementClauses {
    private AgreementClauses() {}

    public static List<AgreementSection> of(Framework fw, AgreementDocument doc) {
        AgreementOptions o = doc.options();
        boolean lead = o.ownership().model() == OwnershipModel.LEAD_OWNS_AND_LICENSES;
        Map<String, LocalizedText> values = ClauseValues.of(fw, doc);
        List<AgreementSection> sections = new ArrayList<>();
        Builder b = new Builder(fw, values, sections);

        b.section("parties", "parties");
        b.section("project", "project");
        b.section(
                "definitions",
                "definitions.ip",
                "definitions.backgroundIp",
                "definitions.results",
                "definitions.owners",
                "definitions.exploit");
        b.section("backgroundIp", "backgroundIp.retained", "backgroundIp.access");
        b.section(
                "ownership",
                switch (o.ownership().model()) {
                    case JOINT_SHARES -> "ownership.jointShares";
                    case LEAD_OWNS_AND_LICENSES -> "ownership.leadOwns";
                    case EACH_OWNS_OWN_RESULTS_WITH_CROSS_LICENCES -> "ownership.eachOwns";
                });
        b.section("inventors", "inventors");
        ProsecutionTerms p = o.prosecution();
        b.section(
                "prosecution",
                "prosecution.filing",
                p.costSplit().basis() == Split.Basis.STATED ? "prosecution.costs.stated" : "prosecution.costs.byShares",
                "prosecution.abandonment",
                p.stepIn() ? "prosecution.stepIn" : "prosecution.noStepIn");
        b.section("exploitation", lead ? List.of("exploitation.lead") : exploitation(o.exploitation()));
        b.section("revenue", revenue(o.exploitation().revenueSharing(), lead));
        b.section(
                "publication",
                "publication.notice",
                o.publication().mayDelayForFiling() ? "publication.delay" : "publication.noDelay");
        b.section("confidentiality", "confidentiality", "confidentiality.data");
        b.section("enforcement", "enforcement");
        b.section("liability", "liability.warranties", "liability.limits");
        b.section("term", "term");
        b.section("assignment", "assignment", "assignment.control");
        b.section("recording", o.recordingParty() == null ? List.of() : List.of("recording.party"));
        b.section("examination", o.confidentialityExamination() ? List.of("examination") : List.of());
        b.section(
                "governingLaw",
                o.governingLaw() == GoverningLaw.HONG_KONG ? "governingLaw.hongKong" : "governingLaw.mainland",
                "governingLaw.territorial");
        b.section(
                "disputes",
                "disputes.negotiation",
                o.disputeResolution().institution() == ArbitrationInstitution.HKIAC
                        ? "disputes.hkiac"
                        : "disputes.scia");
        b.section("language", o.language().language().isBilingual() ? "language.bilingual" : "language.single");
        b.section("signatures", "signatures");
        return List.copyOf(sections);
    }

    private static List<String> exploitation(ExploitationTerms e) {
        List<String> keys = new ArrayList<>();
        consent(keys, e.use(), "exploitation.use");
        consent(keys, e.nonExclusiveLicence(), "exploitation.nonExclusive");
        consent(keys, e.exclusiveLicence(), "exploitation.exclusive");
        consent(keys, e.assignment(), "exploitation.assignment");
        if (List.of(e.use(), e.nonExclusiveLicence(), e.exclusiveLicence(), e.assignment())
                .contains(Consent.ALL_OWNERS)) {
            keys.add("exploitation.consentProcess");
        }
        return keys;
    }

    private static void consent(List<String> keys, Consent consent, String prefix) {
        switch (consent) {
            case NOT_REQUIRED -> keys.add(prefix + ".free");
            case ALL_OWNERS -> keys.add(prefix + ".consent");
            case NOT_STATED -> {}
        }
    }

    private static List<String> revenue(Split split, boolean lead) {
        if (split.basis() == Split.Basis.STATED) {
            return List.of("revenue.stated", "revenue.accounts");
        }
        return lead ? List.of("revenue.leadKeeps") : List.of("revenue.byShares", "revenue.accounts");
    }

    /** Adds a section with its paragraphs filled in; a section without paragraphs is left out. */
    private record Builder(Framework fw, Map<String, LocalizedText> values, List<AgreementSection> sections) {
        void section(String key, String... clauseKeys) {
            section(key, List.of(clauseKeys));
        }

        void section(String key, List<String> clauseKeys) {
            if (clauseKeys.isEmpty()) {
                return;
            }
            List<AgreementClause> clauses = clauseKeys.stream()
                    .map(k -> new AgreementClause(k, Placeholders.fill(fw.clause(k), values)))
                    .toList();
            sections.add(new AgreementSection(key, fw.heading(key), clauses));
        }
    }
}
