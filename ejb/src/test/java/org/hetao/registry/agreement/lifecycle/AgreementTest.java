package org.hetao.registry.agreement.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static Agreement issued() {
        Agreement a = LifecycleSamples.draft();
        a.issue(LifecycleSamples.sha('a'), List.of(), false, "legal", NOW);
        return a;
    }

    @Test
    void aDraftIsMadeFromOneOwnershipVersionAndKeepsItsCreationTimeToTheSecond() {
        Agreement a = LifecycleSamples.draft();
        assertEquals(AgreementStatus.DRAFT, a.getStatus());
        assertEquals(1, a.getRevision());
        assertEquals(1, a.getOwnershipVersionNo());
        assertEquals(OffsetDateTime.parse("2026-12-01T09:15:42Z"), a.getCreatedAt());
        assertEquals(java.util.Set.of(1L, 2L), a.partyInstitutions());
        assertFalse(a.isOutOfDate());
    }

    @Test
    void issuingFreezesTheDraftWithItsHash() {
        Agreement a = issued();
        assertEquals(AgreementStatus.ISSUED, a.getStatus());
        assertEquals(LifecycleSamples.sha('a'), a.getPdfSha256());
        assertEquals("legal", a.getIssuedBy());
        assertEquals(NOW.atOffset(ZoneOffset.UTC), a.getIssuedAt());
    }

    @Test
    void anAgreementCannotBeIssuedTwice() {
        Agreement a = issued();
        assertThrows(ConflictException.class, () -> a.issue(LifecycleSamples.sha('b'), List.of(), false, "legal", NOW));
        assertEquals(LifecycleSamples.sha('a'), a.getPdfSha256(), "the issued hash never changes");
    }

    @Test
    void warningsMustBeAcknowledgedBeforeIssue() {
        Agreement a = LifecycleSamples.draft();
        List<String> codes = List.of("RECORDING_PARTY_NOT_NAMED");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> a.issue(LifecycleSamples.sha('a'), codes, false, "legal", NOW));
        assertEquals("acknowledgedWarnings", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("RECORDING_PARTY_NOT_NAMED"));
        assertEquals(AgreementStatus.DRAFT, a.getStatus());
        a.issue(LifecycleSamples.sha('a'), codes, true, "legal", NOW);
        assertTrue(a.isWarningsAcknowledged());
    }

    @Test
    void anIssuedAgreementCannotBeChangedOnlySignedFlaggedOrSuperseded() {
        Agreement a = issued();
        String options = a.getOptionsJson();
        String content = a.getContentJson();
        assertThrows(ConflictException.class, () -> a.checkIssuable(List.of(), true));
        assertThrows(InvalidValueException.class, () -> a.markSigned(NOW.minusSeconds(1).atOffset(ZoneOffset.UTC), "legal"));
        a.markSigned(NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC), "legal");
        assertEquals(AgreementStatus.SIGNED, a.getStatus());
        assertThrows(ConflictException.class, () -> a.markSigned(NOW.plusSeconds(7200).atOffset(ZoneOffset.UTC), "legal"));
        assertTrue(a.flagOutOfDate());
        assertEquals(options, a.getOptionsJson());
        assertEquals(content, a.getContentJson());
        assertEquals(LifecycleSamples.sha('a'), a.getPdfSha256());
    }

    @Test
    void onlyAnIssuedOrSignedAgreementIsSuperseded() {
        Agreement draft = LifecycleSamples.draft();
        assertThrows(ConflictException.class, () -> draft.supersede(2000));
        assertThrows(ConflictException.class, () -> draft.successor(LifecycleSamples.drafted(1000, 2, draft.getParties())));

        Agreement a = issued();
        Agreement next = a.successor(LifecycleSamples.drafted(1000, 2, a.getParties()));
        assertEquals(2, next.getRevision());
        assertEquals(AgreementStatus.DRAFT, next.getStatus());
        a.supersede(2000);
        assertEquals(AgreementStatus.SUPERSEDED, a.getStatus());
        assertEquals(2000L, a.getSupersededBy());
        assertThrows(ConflictException.class, () -> a.supersede(3000));
        assertThrows(InvalidValueException.class, () -> issued().successor(LifecycleSamples.drafted(999, 2, a.getParties())));
    }

    @Test
    void anAgreementMadeFromAnOlderOwnershipIsFlaggedOnceAndThenCannotBeIssued() {
        Agreement draft = LifecycleSamples.draft();
        assertTrue(draft.flagOutOfDate());
        assertFalse(draft.flagOutOfDate(), "flagged once");
        assertTrue(draft.isOutOfDate());
        assertThrows(ConflictException.class, () -> draft.issue(LifecycleSamples.sha('a'), List.of(), false, "legal", NOW));

        Agreement issued = issued();
        assertTrue(issued.flagOutOfDate());
        assertEquals(AgreementStatus.ISSUED, issued.getStatus(), "flagging leaves the issued version as it is");

        Agreement superseded = issued();
        superseded.supersede(2000);
        assertFalse(superseded.flagOutOfDate(), "a superseded revision is left alone");
    }
}
