package org.hetao.registry.agreement;

import static org.hetao.registry.agreement.AgreementSamples.CREATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AgreementDocumentTest {
    private static final AgreementOptions OPTIONS = AgreementSamples.options(AgreementSamples.sideBySideTraditional());

    @Test
    void ownersSharesSumToExactlyOneHundredPercent() {
        InvalidValueException e = assertField(
                "owners",
                () -> document(
                        AgreementSamples.parties(),
                        List.of(
                                new PartyShare("HKUST", 3333),
                                new PartyShare("SUSTech", 3333),
                                new PartyShare("QHBS", 3333)),
                        AgreementSamples.inventors()));
        assertEquals("owners: must sum to 10000 basis points (100.00 %), not 9999 (99.99 %)", e.getMessage());
    }

    @Test
    void ownersAndInventorsMustBeParties() {
        assertField(
                "owners[1].party",
                () -> document(
                        AgreementSamples.parties(),
                        List.of(new PartyShare("HKUST", 5000), new PartyShare("CUHK", 5000)),
                        AgreementSamples.inventors()));
        assertField(
                "inventors[0].party",
                () -> document(
                        AgreementSamples.parties(),
                        AgreementSamples.owners(),
                        List.of(new Inventor("Chan Tai Man", "CUHK", 10_000, null))));
    }

    @Test
    void inventorsContributionsSumToExactlyOneHundredPercent() {
        assertField(
                "inventors",
                () -> document(
                        AgreementSamples.parties(),
                        AgreementSamples.owners(),
                        List.of(
                                new Inventor("Chan Tai Man", "HKUST", 6000, null),
                                new Inventor("Li Ming", "SUSTech", 3999, null))));
        assertField(
                "inventors[1].name",
                () -> document(
                        AgreementSamples.parties(),
                        AgreementSamples.owners(),
                        List.of(
                                new Inventor("Li Ming", "HKUST", 5000, null),
                                new Inventor("Li Ming", "SUSTech", 5000, null))));
    }

    @Test
    void partiesAreNamedOnceAndInChineseToo() {
        assertField(
                "parties[1].code",
                () -> document(
                        List.of(AgreementSamples.hkust(), AgreementSamples.hkust()),
                        List.of(new PartyShare("HKUST", 10_000)),
                        List.of()));
        assertField(
                "legalName",
                () -> new Party("X", new LocalizedText("X Ltd", null, " "), Jurisdiction.OVERSEAS, "A", "B"));
    }

    @Test
    void optionsAreCheckedAgainstTheParties() {
        AgreementOptions lead = new AgreementOptions(
                OwnershipTerms.leadOwns("QHBS"),
                OPTIONS.exploitation(),
                OPTIONS.prosecution(),
                OPTIONS.publication(),
                OPTIONS.governingLaw(),
                OPTIONS.disputeResolution(),
                "HKUST",
                true,
                OPTIONS.language());
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new AgreementDocument(
                        "AG-1",
                        1,
                        1,
                        AgreementStatus.DRAFT,
                        CREATED,
                        AgreementSamples.project(),
                        AgreementSamples.asset(),
                        AgreementSamples.parties(),
                        List.of(new PartyShare("HKUST", 10_000)),
                        List.of(),
                        List.of(),
                        lead,
                        List.of()));
        assertEquals("options.ownership.leadParty", e.errors().get(0).field());
        assertEquals("options.ownership.leadParty: QHBS is not an owner of the results", e.getMessage());
    }

    private static AgreementDocument document(List<Party> parties, List<PartyShare> owners, List<Inventor> inventors) {
        return new AgreementDocument(
                "AG-1",
                1,
                1,
                AgreementStatus.DRAFT,
                CREATED,
                AgreementSamples.project(),
                AgreementSamples.asset(),
                parties,
                owners,
                inventors,
                List.of(),
                OPTIONS,
                List.of());
    }

    private static InvalidValueException assertField(String field, Executable action) {
        InvalidValueException e = assertThrows(InvalidValueException.class, action);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        return e;
    }
}
