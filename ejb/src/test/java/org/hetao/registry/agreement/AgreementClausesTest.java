package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgreementClausesTest {
    private final Framework fw = FrameworkLoader.current();

    @Test
    void aFullyStatedAgreementHasEverySectionFilledIn() {
        List<AgreementSection> sections = AgreementClauses.of(fw, AgreementSamples.draft());
        assertEquals(
                fw.headings().keySet(),
                sections.stream().map(AgreementSection::key).collect(Collectors.toSet()));
        assertEquals("parties", sections.get(0).key());
        assertEquals("signatures", sections.get(sections.size() - 1).key());
        for (AgreementSection s : sections) {
            for (AgreementClause c : s.clauses()) {
                for (String text :
                        List.of(c.text().en(), c.text().zhHant(), c.text().zhHans())) {
                    assertFalse(text.contains("{"), c.key() + " left a placeholder: " + text);
                }
            }
        }
    }

    @Test
    void fillsInTheChosenValuesInEachScript() {
        AgreementClause publication =
                clause(AgreementClauses.of(fw, AgreementSamples.draft()), "publication", "publication.notice");
        assertTrue(publication.text().en().contains("at least 60 days"));
        assertTrue(publication.text().zhHant().contains("至少60日"));
        AgreementClause disputes =
                clause(AgreementClauses.of(fw, AgreementSamples.draft()), "disputes", "disputes.hkiac");
        assertTrue(disputes.text()
                .en()
                .contains("The seat of arbitration is Hong Kong. The tribunal shall consist of three arbitrators."));
        assertTrue(disputes.text().zhHans().contains("仲裁地为香港。仲裁庭由三名仲裁员组成。"));
        AgreementClause recording =
                clause(AgreementClauses.of(fw, AgreementSamples.draft()), "recording", "recording.party");
        assertTrue(recording.text().zhHant().startsWith("香港科技大學須"));
    }

    @Test
    void silenceOnExploitationLeavesOutTheConsentParagraphsAndTheRecordingSection() {
        List<AgreementSection> sections = AgreementClauses.of(
                fw,
                AgreementSamples.document(
                        AgreementStatus.DRAFT,
                        AgreementSamples.silentOptions(AgreementSamples.sideBySideTraditional())));
        Set<String> keys = sections.stream().map(AgreementSection::key).collect(Collectors.toSet());
        assertFalse(keys.contains("exploitation"));
        assertFalse(keys.contains("recording"));
        assertFalse(keys.contains("examination"));
        assertTrue(section(sections, "publication").has("publication.noDelay"));
    }

    @Test
    void statedSharesAreListedWithExactPercentages() {
        AgreementOptions base = AgreementSamples.options(LanguageTerms.single(AgreementLanguage.ZH_HANS));
        ExploitationTerms stated = new ExploitationTerms(
                Consent.NOT_REQUIRED,
                Consent.ALL_OWNERS,
                Consent.ALL_OWNERS,
                Consent.ALL_OWNERS,
                Split.stated(
                        new PartyShare("HKUST", 5000), new PartyShare("SUSTech", 2500), new PartyShare("QHBS", 2500)));
        ProsecutionTerms costs = new ProsecutionTerms(
                base.prosecution().filingParties(),
                Split.stated(new PartyShare("HKUST", 6667), new PartyShare("SUSTech", 3333)),
                false,
                30);
        AgreementOptions o = new AgreementOptions(
                base.ownership(),
                stated,
                costs,
                base.publication(),
                GoverningLaw.MAINLAND_CHINA,
                new DisputeResolution(ArbitrationInstitution.SCIA, SeatCity.SHENZHEN, 1, ArbitrationLanguage.CHINESE),
                "SUSTech",
                true,
                base.language());
        List<AgreementSection> sections = AgreementClauses.of(fw, AgreementSamples.document(AgreementStatus.DRAFT, o));
        assertTrue(clause(sections, "revenue", "revenue.stated")
                .text()
                .en()
                .contains(
                        "The Hong Kong University of Science and Technology: 50.00 %; Southern University of Science and Technology: 25.00 %; "
                                + "Qianhai Biosensing Technology Co., Ltd.: 25.00 %"));
        assertTrue(clause(sections, "prosecution", "prosecution.costs.stated")
                .text()
                .zhHans()
                .contains("香港科技大学：66.67 %；南方科技大学：33.33 %"));
        AgreementSection exploitation = section(sections, "exploitation");
        assertTrue(exploitation.has("exploitation.use.free")
                && exploitation.has("exploitation.nonExclusive.consent")
                && exploitation.has("exploitation.consentProcess"));
        assertTrue(section(sections, "prosecution").has("prosecution.noStepIn"));
        assertTrue(section(sections, "governingLaw").has("governingLaw.mainland"));
        assertTrue(clause(sections, "disputes", "disputes.scia").text().zhHans().contains("仲裁地为深圳"));
        assertTrue(section(sections, "language").has("language.single"));
    }

    @Test
    void theLeadModelHasTheLeadDecideAndKeepTheRevenue() {
        AgreementOptions base = AgreementSamples.options(LanguageTerms.single(AgreementLanguage.EN));
        AgreementOptions o = new AgreementOptions(
                OwnershipTerms.leadOwns("HKUST"),
                base.exploitation(),
                base.prosecution(),
                base.publication(),
                base.governingLaw(),
                base.disputeResolution(),
                "HKUST",
                true,
                base.language());
        AgreementDocument doc = new AgreementDocument(
                "AG-2",
                1,
                1,
                AgreementStatus.DRAFT,
                AgreementSamples.CREATED,
                AgreementSamples.project(),
                AgreementSamples.asset(),
                AgreementSamples.parties(),
                List.of(new PartyShare("HKUST", 10_000)),
                AgreementSamples.inventors(),
                List.of(),
                o,
                List.of());
        List<AgreementSection> sections = AgreementClauses.of(fw, doc);
        assertTrue(clause(sections, "ownership", "ownership.leadOwns")
                .text()
                .en()
                .startsWith(
                        "The Hong Kong University of Science and Technology (the \"Lead Party\") owns the Results"));
        assertEquals(
                List.of("exploitation.lead"),
                section(sections, "exploitation").clauses().stream()
                        .map(AgreementClause::key)
                        .toList());
        assertEquals(
                List.of("revenue.leadKeeps"),
                section(sections, "revenue").clauses().stream()
                        .map(AgreementClause::key)
                        .toList());
    }

    @Test
    void aBilingualAgreementNamesItsPrevailingVersion() {
        AgreementClause language =
                clause(AgreementClauses.of(fw, AgreementSamples.draft()), "language", "language.bilingual");
        assertTrue(language.text().en().contains("made in English and Traditional Chinese")
                && language.text().en().contains("the English version prevails"));
        assertTrue(language.text().zhHant().contains("以英文及繁體中文訂立")
                && language.text().zhHant().contains("以英文文本為準"));
    }

    private static AgreementSection section(List<AgreementSection> sections, String key) {
        return sections.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + key));
    }

    private static AgreementClause clause(List<AgreementSection> sections, String section, String key) {
        return section(sections, section).clauses().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + key));
    }
}
