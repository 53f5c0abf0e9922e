package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementOptionsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 14, 45, 61, 120})
    void publicationNoticeIsThirtySixtyOrNinetyDays(int days) {
        assertField("publication.noticeDays", () -> new PublicationTerms(days, false, 0));
    }

    @Test
    void acceptsTheThreeNoticePeriods() {
        for (int days : new int[] {30, 60, 90}) {
            assertEquals(days, new PublicationTerms(days, true, 60).noticeDays());
        }
    }

    @Test
    void aDelayNeedsABoundedLength() {
        assertField("publication.maxDelayDays", () -> new PublicationTerms(30, true, 0));
        assertField("publication.maxDelayDays", () -> new PublicationTerms(30, false, 60));
    }

    @Test
    void statedRevenueSharesMustSumToTenThousand() {
        InvalidValueException e = assertField(
                "exploitation.revenueSharing.stated",
                () -> new ExploitationTerms(
                        Consent.NOT_REQUIRED,
                        Consent.NOT_REQUIRED,
                        Consent.ALL_OWNERS,
                        Consent.ALL_OWNERS,
                        Split.stated(new PartyShare("HKUST", 5000), new PartyShare("SUSTech", 4999))));
        assertTrue(e.getMessage().contains("9999") && e.getMessage().contains("99.99 %"), e.getMessage());
    }

    @Test
    void statedSharesNameEachPartyOnceWithAPositiveShare() {
        assertField(
                "prosecution.costSplit.stated[1].party",
                () -> new ProsecutionTerms(
                        List.of(),
                        Split.stated(new PartyShare("HKUST", 5000), new PartyShare("HKUST", 5000)),
                        true,
                        30));
        assertField(
                "prosecution.costSplit.stated[0].basisPoints",
                () -> new ProsecutionTerms(
                        List.of(),
                        Split.stated(new PartyShare("HKUST", 10_001), new PartyShare("SUSTech", -1)),
                        true,
                        30));
        assertField(
                "prosecution.costSplit.stated",
                () -> new ProsecutionTerms(List.of(), new Split(Split.Basis.STATED, List.of()), true, 30));
        assertField(
                "prosecution.costSplit.stated",
                () -> new ProsecutionTerms(
                        List.of(),
                        new Split(Split.Basis.BY_SHARES, List.of(new PartyShare("HKUST", 10_000))),
                        true,
                        30));
    }

    @Test
    void anExclusiveLicenceOrAssignmentByOneOwnerAloneIsRejected() {
        assertField(
                "exploitation.exclusiveLicence",
                () -> new ExploitationTerms(
                        Consent.NOT_REQUIRED,
                        Consent.NOT_REQUIRED,
                        Consent.NOT_REQUIRED,
                        Consent.ALL_OWNERS,
                        Split.byShares()));
        assertField(
                "exploitation.assignment",
                () -> new ExploitationTerms(
                        Consent.NOT_REQUIRED,
                        Consent.NOT_REQUIRED,
                        Consent.ALL_OWNERS,
                        Consent.NOT_REQUIRED,
                        Split.byShares()));
    }

    @Test
    void freeLicensingWithoutFreeUseIsAnUnknownCombination() {
        InvalidValueException e = assertField(
                "exploitation.nonExclusiveLicence",
                () -> new ExploitationTerms(
                        Consent.ALL_OWNERS,
                        Consent.NOT_REQUIRED,
                        Consent.ALL_OWNERS,
                        Consent.ALL_OWNERS,
                        Split.byShares()));
        assertTrue(e.getMessage().contains("unknown combination"));
    }

    @Test
    void aLeadPartyBelongsOnlyToTheLeadModel() {
        assertField("ownership.leadParty", () -> new OwnershipTerms(OwnershipModel.LEAD_OWNS_AND_LICENSES, " "));
        assertField("ownership.leadParty", () -> new OwnershipTerms(OwnershipModel.JOINT_SHARES, "HKUST"));
    }

    @Test
    void arbitrationHasOneOrThreeArbitratorsAndACitySeat() {
        assertField(
                "disputeResolution.arbitrators",
                () -> new DisputeResolution(
                        ArbitrationInstitution.SCIA, SeatCity.SHENZHEN, 2, ArbitrationLanguage.CHINESE));
        assertField(
                "disputeResolution.seat",
                () -> new DisputeResolution(ArbitrationInstitution.SCIA, null, 3, ArbitrationLanguage.CHINESE));
        InvalidValueException e =
                assertField("disputeResolution.seat", () -> SeatCity.parse("disputeResolution.seat", "China"));
        assertTrue(e.getMessage().contains("must be a city"), e.getMessage());
        assertEquals(SeatCity.HONG_KONG, SeatCity.parse("seat", "Hong Kong"));
        assertEquals(SeatCity.SHENZHEN, SeatCity.parse("seat", "shenzhen"));
    }

    @Test
    void prosecutionNamesOneFilingPartyPerJurisdictionAndABoundedNotice() {
        assertField(
                "prosecution.filingParties[1].jurisdiction",
                () -> new ProsecutionTerms(
                        List.of(
                                new FilingAssignment(FilingJurisdiction.CN, "SUSTech"),
                                new FilingAssignment(FilingJurisdiction.CN, "HKUST")),
                        Split.byShares(),
                        true,
                        30));
        assertField(
                "prosecution.abandonmentNoticeDays", () -> new ProsecutionTerms(List.of(), Split.byShares(), true, 7));
    }

    @Test
    void aBilingualAgreementNeedsALayoutAndAPrevailingVersionOfItsOwn() {
        assertField("language.layout", () -> new LanguageTerms(AgreementLanguage.EN_ZH_HANT, null, Script.EN));
        assertField(
                "language.prevailing",
                () -> new LanguageTerms(AgreementLanguage.EN_ZH_HANT, BilingualLayout.SIDE_BY_SIDE, null));
        assertField(
                "language.prevailing",
                () -> new LanguageTerms(AgreementLanguage.EN_ZH_HANT, BilingualLayout.SIDE_BY_SIDE, Script.ZH_HANS));
        assertField(
                "language.layout",
                () -> new LanguageTerms(AgreementLanguage.ZH_HANS, BilingualLayout.CLAUSE_BY_CLAUSE, null));
        assertEquals(
                Script.ZH_HANS, LanguageTerms.single(AgreementLanguage.ZH_HANS).prevailing());
    }

    @Test
    void theLeadPartyMustBeTheOwner() {
        AgreementOptions lead = withOwnership(OwnershipTerms.leadOwns("SUSTech"));
        assertField(
                "options.ownership.leadParty",
                () -> lead.checkParties(
                        "options.", Set.of("HKUST", "SUSTech"), List.of(new PartyShare("HKUST", 10_000))));
        InvalidValueException notSole = assertField(
                "options.ownership.leadParty",
                () -> lead.checkParties(
                        "options.",
                        Set.of("HKUST", "SUSTech"),
                        List.of(new PartyShare("HKUST", 5000), new PartyShare("SUSTech", 5000))));
        assertTrue(notSole.getMessage().contains("only owner"));
        lead.checkParties("options.", Set.of("HKUST", "SUSTech"), List.of(new PartyShare("SUSTech", 10_000)));
    }

    @Test
    void partiesNamedInTheOptionsMustTakePart() {
        AgreementOptions o = AgreementSamples.options(LanguageTerms.single(AgreementLanguage.EN));
        assertField(
                "options.prosecution.filingParties[0].party",
                () -> o.checkParties("options.", Set.of("HKUST"), List.of(new PartyShare("HKUST", 10_000))));
        AgreementOptions recording = new AgreementOptions(
                o.ownership(),
                o.exploitation(),
                new ProsecutionTerms(List.of(), Split.byShares(), true, 30),
                o.publication(),
                o.governingLaw(),
                o.disputeResolution(),
                "CUHK",
                false,
                o.language());
        assertField(
                "options.recordingParty",
                () -> recording.checkParties("options.", Set.of("HKUST"), List.of(new PartyShare("HKUST", 10_000))));
    }

    @Test
    void everyPartIsRequired() {
        AgreementOptions o = AgreementSamples.options(LanguageTerms.single(AgreementLanguage.EN));
        assertField(
                "governingLaw",
                () -> new AgreementOptions(
                        o.ownership(),
                        o.exploitation(),
                        o.prosecution(),
                        o.publication(),
                        null,
                        o.disputeResolution(),
                        null,
                        false,
                        o.language()));
    }

    private static AgreementOptions withOwnership(OwnershipTerms ownership) {
        AgreementOptions o = AgreementSamples.options(LanguageTerms.single(AgreementLanguage.EN));
        return new AgreementOptions(
                ownership,
                o.exploitation(),
                new ProsecutionTerms(List.of(), Split.byShares(), true, 30),
                o.publication(),
                o.governingLaw(),
                o.disputeResolution(),
                null,
                true,
                o.language());
    }

    private static InvalidValueException assertField(String field, Executable action) {
        InvalidValueException e = assertThrows(InvalidValueException.class, action);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        return e;
    }
}
