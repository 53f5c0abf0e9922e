package org.hetao.registry.agreement;

import static org.hetao.registry.agreement.AgreementWarnings.CONFIDENTIALITY_EXAMINATION_MISSING;
import static org.hetao.registry.agreement.AgreementWarnings.EXPLOITATION_CONSENT_NOT_STATED;
import static org.hetao.registry.agreement.AgreementWarnings.FILING_PARTY_NOT_NAMED;
import static org.hetao.registry.agreement.AgreementWarnings.HONG_KONG_CHOICE_WITHOUT_HONG_KONG_PARTY;
import static org.hetao.registry.agreement.AgreementWarnings.LAW_AND_SEAT_DIFFER;
import static org.hetao.registry.agreement.AgreementWarnings.RECORDING_PARTY_NOT_NAMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hetao.registry.ipasset.AssetType;
import org.junit.jupiter.api.Test;

class AgreementWarningsTest {
    private final Framework fw = FrameworkLoader.current();
    private final LanguageTerms en = LanguageTerms.single(AgreementLanguage.EN);

    @Test
    void aFullyStatedAgreementHasNoWarnings() {
        assertEquals(
                List.of(),
                codes(
                        AgreementSamples.parties(),
                        AgreementSamples.inventors(),
                        AgreementSamples.asset(),
                        AgreementSamples.options(en)));
    }

    @Test
    void silenceAcrossTheBoundaryIsFlaggedInThreeScripts() {
        List<AgreementWarning> warnings = AgreementWarnings.of(
                fw,
                AgreementSamples.parties(),
                AgreementSamples.inventors(),
                AgreementSamples.asset(),
                AgreementSamples.silentOptions(en));
        assertEquals(
                List.of(
                        EXPLOITATION_CONSENT_NOT_STATED,
                        RECORDING_PARTY_NOT_NAMED,
                        CONFIDENTIALITY_EXAMINATION_MISSING),
                warnings.stream().map(AgreementWarning::code).toList());
        AgreementWarning consent = warnings.get(0);
        assertTrue(consent.text().en().contains("(use, non-exclusive licences, exclusive licences, assignment)"));
        assertTrue(consent.text().en().contains("Article 14 of the PRC Patent Law"));
        assertTrue(consent.text().zhHant().contains("第十四條"));
        assertTrue(consent.text().zhHans().contains("第十四条"));
        assertTrue(warnings.get(1).text().en().contains("section 52 of the Hong Kong Patents Ordinance (Cap. 514)"));
        assertTrue(warnings.get(2).text().en().startsWith("Inventive contributions were made in the Mainland"));
        assertTrue(warnings.get(2).text().zhHans().contains("国际申请（PCT）、香港（专利注册处）"));
    }

    @Test
    void consentSilenceBetweenHongKongPartiesAloneIsNotFlagged() {
        List<Party> hk = List.of(AgreementSamples.hkust());
        IpAssetSummary hkOnly = new IpAssetSummary(AgreementSamples.asset().title(), AssetType.SOFTWARE, List.of());
        AgreementOptions o = options(
                ExploitationTerms.silent(),
                new ProsecutionTerms(List.of(), Split.byShares(), true, 30),
                "HKUST",
                false,
                GoverningLaw.HONG_KONG,
                SeatCity.HONG_KONG);
        assertEquals(List.of(), codes(hk, List.of(), hkOnly, o));
    }

    @Test
    void theExaminationWarningDependsOnWhereInventorsWorked() {
        AgreementOptions noClause = options(
                ExploitationTerms.licencesByConsent(),
                AgreementSamples.prosecution(),
                "HKUST",
                false,
                GoverningLaw.HONG_KONG,
                SeatCity.HONG_KONG);
        List<Inventor> inHongKong = List.of(new Inventor("Chan Tai Man", "HKUST", 10_000, ContributionPlace.HONG_KONG));
        assertEquals(List.of(), codes(AgreementSamples.parties(), inHongKong, AgreementSamples.asset(), noClause));
        List<Inventor> unknown = List.of(new Inventor("Chan Tai Man", "HKUST", 10_000, null));
        List<AgreementWarning> w =
                AgreementWarnings.of(fw, AgreementSamples.parties(), unknown, AgreementSamples.asset(), noClause);
        assertEquals(
                List.of(CONFIDENTIALITY_EXAMINATION_MISSING),
                w.stream().map(AgreementWarning::code).toList());
        assertTrue(w.get(0).text().en().startsWith("Where the inventive contributions were made is not recorded"));
        IpAssetSummary mainlandOnly = new IpAssetSummary(
                AgreementSamples.asset().title(),
                AssetType.PATENT_APPLICATION,
                List.of(AgreementSamples.asset().filings().get(0)));
        AgreementOptions cnOnly = options(
                ExploitationTerms.licencesByConsent(),
                new ProsecutionTerms(
                        List.of(new FilingAssignment(FilingJurisdiction.CN, "SUSTech")), Split.byShares(), true, 30),
                "HKUST",
                false,
                GoverningLaw.HONG_KONG,
                SeatCity.HONG_KONG);
        assertEquals(List.of(), codes(AgreementSamples.parties(), AgreementSamples.inventors(), mainlandOnly, cnOnly));
    }

    @Test
    void lawAndSeatInDifferentPlacesAreAllowedButFlagged() {
        AgreementOptions mainlandLawHongKongSeat = options(
                ExploitationTerms.licencesByConsent(),
                AgreementSamples.prosecution(),
                "HKUST",
                true,
                GoverningLaw.MAINLAND_CHINA,
                SeatCity.HONG_KONG);
        List<AgreementWarning> w = AgreementWarnings.of(
                fw,
                AgreementSamples.parties(),
                AgreementSamples.inventors(),
                AgreementSamples.asset(),
                mainlandLawHongKongSeat);
        assertEquals(
                List.of(LAW_AND_SEAT_DIFFER),
                w.stream().map(AgreementWarning::code).toList());
        assertTrue(
                w.get(0)
                        .text()
                        .en()
                        .startsWith(
                                "The agreement is governed by Mainland Chinese law while the arbitration is seated in Hong Kong."));
        assertTrue(w.get(0).text().zhHant().startsWith("協議受中國內地法律管轄，但仲裁地為香港。"));
        AgreementOptions hongKongLawShenzhenSeat = options(
                ExploitationTerms.licencesByConsent(),
                AgreementSamples.prosecution(),
                "HKUST",
                true,
                GoverningLaw.HONG_KONG,
                SeatCity.SHENZHEN);
        assertEquals(
                List.of(LAW_AND_SEAT_DIFFER),
                codes(
                        AgreementSamples.parties(),
                        AgreementSamples.inventors(),
                        AgreementSamples.asset(),
                        hongKongLawShenzhenSeat));
    }

    @Test
    void hongKongChoicesBetweenMainlandPartiesOnlyAreFlagged() {
        List<Party> mainland = List.of(AgreementSamples.sustech(), AgreementSamples.enterprise());
        AgreementOptions o = options(
                ExploitationTerms.licencesByConsent(),
                new ProsecutionTerms(
                        List.of(
                                new FilingAssignment(FilingJurisdiction.CN, "SUSTech"),
                                new FilingAssignment(FilingJurisdiction.PCT, "SUSTech")),
                        Split.byShares(),
                        true,
                        30),
                "SUSTech",
                true,
                GoverningLaw.HONG_KONG,
                SeatCity.HONG_KONG);
        assertEquals(
                List.of(HONG_KONG_CHOICE_WITHOUT_HONG_KONG_PARTY),
                codes(mainland, List.of(), AgreementSamples.asset(), o));
    }

    @Test
    void aFilingWithoutAFilingPartyIsFlagged() {
        AgreementOptions o = options(
                ExploitationTerms.licencesByConsent(),
                new ProsecutionTerms(
                        List.of(new FilingAssignment(FilingJurisdiction.CN, "SUSTech")), Split.byShares(), true, 30),
                "HKUST",
                true,
                GoverningLaw.HONG_KONG,
                SeatCity.HONG_KONG);
        List<AgreementWarning> w = AgreementWarnings.of(
                fw, AgreementSamples.parties(), AgreementSamples.inventors(), AgreementSamples.asset(), o);
        assertEquals(
                List.of(FILING_PARTY_NOT_NAMED),
                w.stream().map(AgreementWarning::code).toList());
        assertTrue(w.get(0).text().en().contains("applications in International application (PCT)"));
    }

    @Test
    void theLeadModelIsNotAskedAboutCoOwnersConsent() {
        AgreementOptions o = new AgreementOptions(
                OwnershipTerms.leadOwns("HKUST"),
                ExploitationTerms.silent(),
                AgreementSamples.prosecution(),
                new PublicationTerms(30, false, 0),
                GoverningLaw.HONG_KONG,
                new DisputeResolution(ArbitrationInstitution.HKIAC, SeatCity.HONG_KONG, 1, ArbitrationLanguage.ENGLISH),
                "HKUST",
                true,
                en);
        assertEquals(
                List.of(),
                codes(AgreementSamples.parties(), AgreementSamples.inventors(), AgreementSamples.asset(), o));
    }

    private AgreementOptions options(
            ExploitationTerms exploitation,
            ProsecutionTerms prosecution,
            String recordingParty,
            boolean examination,
            GoverningLaw law,
            SeatCity seat) {
        return new AgreementOptions(
                OwnershipTerms.jointShares(),
                exploitation,
                prosecution,
                new PublicationTerms(30, false, 0),
                law,
                new DisputeResolution(
                        seat == SeatCity.HONG_KONG ? ArbitrationInstitution.HKIAC : ArbitrationInstitution.SCIA,
                        seat,
                        3,
                        ArbitrationLanguage.ENGLISH_AND_CHINESE),
                recordingParty,
                examination,
                en);
    }

    private List<String> codes(
            List<Party> parties, List<Inventor> inventors, IpAssetSummary asset, AgreementOptions options) {
        return AgreementWarnings.of(fw, parties, inventors, asset, options).stream()
                .map(AgreementWarning::code)
                .toList();
    }
}
