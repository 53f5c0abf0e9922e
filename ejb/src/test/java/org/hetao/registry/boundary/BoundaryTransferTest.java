package org.hetao.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.project.Park;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A transfer guards its own fields and moves only along its statuses, with both parties' consent. */
class BoundaryTransferTest {
    static final long HKU = 11;
    static final long SZU = 22;
    private static final LocalDate REQUESTED = LocalDate.of(2026, 3, 2);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    static TransferDetails samples(ClearanceRoute route, String reference) {
        return new TransferDetails(
                TransferKind.BIOLOGICAL_SAMPLE,
                new LocalizedText("Serum samples, 40 tubes", "血清樣本 40 管", "血清样本 40 管"),
                SZU,
                Park.SHENZHEN_PARK,
                HKU,
                Park.HK_PARK,
                route,
                reference,
                REQUESTED);
    }

    private static TransferDetails data(TransferKind kind, Park from, ClearanceRoute route) {
        Park to = from == Park.HK_PARK ? Park.SHENZHEN_PARK : Park.HK_PARK;
        return new TransferDetails(
                kind, new LocalizedText("Cohort data", null, null), SZU, from, HKU, to, route, "REF-1", REQUESTED);
    }

    private static BoundaryTransfer approved() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, "GC-2026-0042"));
        t.approve(SZU, "tto-szu", AT);
        t.approve(HKU, "tto-hku", AT);
        return t;
    }

    private static InvalidValueException.FieldError only(InvalidValueException e) {
        assertEquals(1, e.errors().size(), e.errors()::toString);
        return e.errors().get(0);
    }

    @Test
    void aNewTransferIsADraftThatNoPartyHasConsentedTo() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        assertEquals(TransferStatus.DRAFT, t.getStatus());
        assertNull(t.getSenderApprovedAt());
        assertNull(t.getReceiverApprovedAt());
        assertEquals(Set.of(HKU, SZU), t.parties());
        assertEquals("血清樣本 40 管", t.getDescription().zhHant());
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new BoundaryTransfer(
                        7, new TransferDetails(null, null, null, null, null, null, null, null, null)));
        assertEquals(
                Set.of(
                        "kind",
                        "description",
                        "fromInstitutionId",
                        "fromPark",
                        "toInstitutionId",
                        "toPark",
                        "clearanceRoute",
                        "requestedDate"),
                Set.copyOf(e.errors().stream()
                        .map(InvalidValueException.FieldError::field)
                        .toList()));
    }

    @Test
    void theEnglishDescriptionIsRequiredAndTheChineseOnesAreOptional() {
        TransferDetails noEnglish = new TransferDetails(
                TransferKind.OTHER_MATERIAL,
                new LocalizedText(null, "試劑", null),
                SZU,
                Park.SHENZHEN_PARK,
                HKU,
                Park.HK_PARK,
                ClearanceRoute.CUSTOMS_DECLARATION,
                null,
                REQUESTED);
        assertEquals(
                "description.en",
                only(assertThrows(InvalidValueException.class, () -> new BoundaryTransfer(7, noEnglish)))
                        .field());
    }

    @Test
    void aTransferCrossesFromOneParkToTheOther() {
        TransferDetails within = new TransferDetails(
                TransferKind.OTHER_MATERIAL,
                new LocalizedText("Reagents", null, null),
                SZU,
                Park.HK_PARK,
                HKU,
                Park.HK_PARK,
                ClearanceRoute.CUSTOMS_DECLARATION,
                null,
                REQUESTED);
        InvalidValueException.FieldError error =
                only(assertThrows(InvalidValueException.class, () -> new BoundaryTransfer(7, within)));
        assertEquals("toPark", error.field());
        assertEquals(ErrorCode.TRANSFER_SAME_PARK.code(), error.code());
    }

    @ParameterizedTest(name = "{0} from {1} on {2}: {3}")
    @CsvSource({
        "BIOLOGICAL_SAMPLE, SHENZHEN_PARK, GREEN_CHANNEL, true",
        "BIOLOGICAL_SAMPLE, HK_PARK, CUSTOMS_DECLARATION, true",
        "BIOLOGICAL_SAMPLE, SHENZHEN_PARK, STANDARD_CONTRACT, false",
        "OTHER_MATERIAL, SHENZHEN_PARK, NOT_REQUIRED, false",
        "PERSONAL_DATA, SHENZHEN_PARK, STANDARD_CONTRACT, true",
        "PERSONAL_DATA, SHENZHEN_PARK, SECURITY_ASSESSMENT, true",
        "PERSONAL_DATA, SHENZHEN_PARK, CERTIFICATION, true",
        "PERSONAL_DATA, SHENZHEN_PARK, GBA_STANDARD_CONTRACT, true",
        "PERSONAL_DATA, SHENZHEN_PARK, NOT_REQUIRED, false",
        "PERSONAL_DATA, SHENZHEN_PARK, GREEN_CHANNEL, false",
        "PERSONAL_DATA, HK_PARK, NOT_REQUIRED, true",
        "PERSONAL_DATA, HK_PARK, GBA_STANDARD_CONTRACT, true",
        "RESEARCH_DATA, SHENZHEN_PARK, NOT_REQUIRED, true",
        "RESEARCH_DATA, SHENZHEN_PARK, SECURITY_ASSESSMENT, true",
        "RESEARCH_DATA, HK_PARK, STANDARD_CONTRACT, false",
    })
    void theClearanceRouteFitsWhatCrossesAndWhereFrom(
            TransferKind kind, Park from, ClearanceRoute route, boolean allowed) {
        TransferDetails d = kind.isData()
                ? data(kind, from, route)
                : new TransferDetails(
                        kind,
                        new LocalizedText("Material", null, null),
                        SZU,
                        from,
                        HKU,
                        from == Park.HK_PARK ? Park.SHENZHEN_PARK : Park.HK_PARK,
                        route,
                        null,
                        REQUESTED);
        if (allowed) {
            assertEquals(route, new BoundaryTransfer(7, d).getClearanceRoute());
        } else {
            InvalidValueException.FieldError error =
                    only(assertThrows(InvalidValueException.class, () -> new BoundaryTransfer(7, d)));
            assertEquals("clearanceRoute", error.field());
            assertEquals(ErrorCode.TRANSFER_ROUTE.code(), error.code());
            assertTrue(((List<?>) error.params().get("allowed")).size() >= 2);
        }
    }

    @Test
    void itIsApprovedOnceBothPartiesConsented() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        t.approve(SZU, "tto-szu", AT);
        assertEquals(TransferStatus.DRAFT, t.getStatus(), "the receiver has not consented yet");
        assertEquals("tto-szu", t.getSenderApprovedBy());
        TransferStatusException twice =
                assertThrows(TransferStatusException.class, () -> t.approve(SZU, "tto-szu", AT));
        assertEquals(ErrorCode.TRANSFER_ALREADY_APPROVED, twice.code());
        t.approve(HKU, "tto-hku", AT);
        assertEquals(TransferStatus.APPROVED, t.getStatus());
        assertEquals("tto-hku", t.getReceiverApprovedBy());
    }

    @Test
    void anInstitutionThatIsBothSenderAndReceiverConsentsOnceForBothSides() {
        TransferDetails own = new TransferDetails(
                TransferKind.RESEARCH_DATA,
                new LocalizedText("Imaging data between its two labs", null, null),
                HKU,
                Park.HK_PARK,
                HKU,
                Park.SHENZHEN_PARK,
                ClearanceRoute.NOT_REQUIRED,
                null,
                REQUESTED);
        BoundaryTransfer t = new BoundaryTransfer(7, own);
        t.approve(HKU, "tto-hku", AT);
        assertEquals(TransferStatus.APPROVED, t.getStatus());
    }

    @Test
    void onlyTheSenderOrTheReceiverConsents() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        InvalidValueException.FieldError error =
                only(assertThrows(InvalidValueException.class, () -> t.approve(99, "tto-other", AT)));
        assertEquals(ErrorCode.TRANSFER_NOT_A_PARTY.code(), error.code());
    }

    @Test
    void aTransferIsSentOnlyWithItsClearanceReference() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        t.approve(SZU, "a", AT);
        t.approve(HKU, "b", AT);
        InvalidValueException.FieldError error =
                only(assertThrows(InvalidValueException.class, () -> t.send(REQUESTED.plusDays(1))));
        assertEquals("clearanceReference", error.field());
        assertEquals(ErrorCode.TRANSFER_CLEARANCE_REFERENCE.code(), error.code());
        assertEquals(TransferStatus.APPROVED, t.getStatus());
    }

    @Test
    void dataThatNeedsNoRouteIsSentWithoutAReference() {
        BoundaryTransfer t = new BoundaryTransfer(
                7,
                new TransferDetails(
                        TransferKind.RESEARCH_DATA,
                        new LocalizedText("Simulation output", null, null),
                        HKU,
                        Park.HK_PARK,
                        SZU,
                        Park.SHENZHEN_PARK,
                        ClearanceRoute.NOT_REQUIRED,
                        null,
                        REQUESTED));
        t.approve(HKU, "a", AT);
        t.approve(SZU, "b", AT);
        t.send(REQUESTED);
        assertEquals(TransferStatus.IN_TRANSIT, t.getStatus());
    }

    @Test
    void itIsSentThenReceivedWithDatesInOrder() {
        BoundaryTransfer t = approved();
        InvalidValueException early = assertThrows(InvalidValueException.class, () -> t.send(REQUESTED.minusDays(1)));
        assertEquals(ErrorCode.DATE_ORDER.code(), only(early).code());
        t.send(LocalDate.of(2026, 3, 10));
        assertEquals(TransferStatus.IN_TRANSIT, t.getStatus());
        assertEquals(LocalDate.of(2026, 3, 10), t.getSentDate());
        assertThrows(InvalidValueException.class, () -> t.receive(LocalDate.of(2026, 3, 9)));
        t.receive(LocalDate.of(2026, 3, 10));
        assertEquals(TransferStatus.RECEIVED, t.getStatus());
        assertNotNull(t.getReceivedDate());
    }

    @Test
    void aDraftIsNeitherSentNorReceived() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, "GC-1"));
        TransferStatusException e = assertThrows(TransferStatusException.class, () -> t.send(REQUESTED));
        assertEquals(ErrorCode.TRANSFER_STATUS, e.code());
        assertThrows(TransferStatusException.class, () -> t.receive(REQUESTED));
        assertEquals(TransferStatus.DRAFT, t.getStatus());
    }

    @Test
    void aTransferOnItsWayIsNeitherRefusedNorCancelledNorChanged() {
        BoundaryTransfer t = approved();
        t.send(REQUESTED);
        assertThrows(TransferStatusException.class, () -> t.refuse("tto-hku", "late"));
        assertThrows(TransferStatusException.class, () -> t.cancel("tto-szu", null));
        assertThrows(TransferStatusException.class, () -> t.describe(samples(ClearanceRoute.GREEN_CHANNEL, "GC-2")));
        assertThrows(TransferStatusException.class, () -> t.approve(HKU, "tto-hku", AT));
        assertEquals(TransferStatus.IN_TRANSIT, t.getStatus());
    }

    @Test
    void aPartyRefusesOrCancelsBeforeItIsSentAndNothingFollows() {
        BoundaryTransfer refused = approved();
        refused.refuse("tto-hku", "The permit was not granted");
        assertEquals(TransferStatus.REFUSED, refused.getStatus());
        assertEquals("tto-hku", refused.getClosedBy());
        assertEquals("The permit was not granted", refused.getClosingNote());
        assertThrows(TransferStatusException.class, () -> refused.send(REQUESTED));
        assertThrows(TransferStatusException.class, () -> refused.cancel("tto-hku", null));

        BoundaryTransfer cancelled = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        cancelled.cancel("tto-szu", null);
        assertEquals(TransferStatus.CANCELLED, cancelled.getStatus());
        assertThrows(TransferStatusException.class, () -> cancelled.approve(SZU, "tto-szu", AT));
    }

    @Test
    void changingADraftWithdrawsTheConsentsGiven() {
        BoundaryTransfer t = new BoundaryTransfer(7, samples(ClearanceRoute.GREEN_CHANNEL, null));
        t.approve(SZU, "tto-szu", AT);
        t.describe(samples(ClearanceRoute.GREEN_CHANNEL, "GC-2026-0042"));
        assertNull(t.getSenderApprovedAt(), "the sender consented to what the transfer said before");
        assertEquals("GC-2026-0042", t.getClearanceReference());
        t.approve(SZU, "tto-szu", AT);
        t.approve(HKU, "tto-hku", AT);
        assertThrows(
                TransferStatusException.class,
                () -> t.describe(samples(ClearanceRoute.GREEN_CHANNEL, "GC-2026-0043")),
                "an approved transfer is what both parties consented to");
    }

    @ParameterizedTest
    @EnumSource(TransferStatus.class)
    void theTransitionTableHasNoWayBack(TransferStatus from) {
        for (TransferStatus to : from.next()) {
            assertTrue(to.ordinal() > from.ordinal(), from + " → " + to);
        }
        assertEquals(
                from == TransferStatus.RECEIVED || from == TransferStatus.REFUSED || from == TransferStatus.CANCELLED,
                from.isFinal());
    }
}
