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
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> a.issue(LifecycleSamples.sha('a'), codes, false, "legal", NOW));
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
        assertThrows(ConflictException.class, () -> a.redraft(LifecycleSamples.drafted(1000, 1, a.getParties())));
        assertThrows(ConflictException.class, a::checkDiscardable);
        sign(a, "HKUST", 3600);
        sign(a, "SUSTech", 3600);
        assertEquals(AgreementStatus.SIGNED, a.getStatus());
        assertThrows(ConflictException.class, () -> sign(a, "HKUST", 7200));
        assertTrue(a.flagOutOfDate());
        assertEquals(options, a.getOptionsJson());
        assertEquals(content, a.getContentJson());
        assertEquals(LifecycleSamples.sha('a'), a.getPdfSha256());
    }

    @Test
    void onlyAnIssuedOrSignedAgreementIsSuperseded() {
        Agreement draft = LifecycleSamples.draft();
        assertThrows(ConflictException.class, () -> draft.supersede(2000));
        assertThrows(
                ConflictException.class, () -> draft.successor(LifecycleSamples.drafted(1000, 2, draft.getParties())));

        Agreement a = issued();
        Agreement next = a.successor(LifecycleSamples.drafted(1000, 2, a.getParties()));
        assertEquals(2, next.getRevision());
        assertEquals(AgreementStatus.DRAFT, next.getStatus());
        a.supersede(2000);
        assertEquals(AgreementStatus.SUPERSEDED, a.getStatus());
        assertEquals(2000L, a.getSupersededBy());
        assertThrows(ConflictException.class, () -> a.supersede(3000));
        assertThrows(
                InvalidValueException.class,
                () -> issued().successor(LifecycleSamples.drafted(999, 2, a.getParties())));
    }

    @Test
    void anAgreementMadeFromAnOlderOwnershipIsFlaggedOnceAndThenCannotBeIssued() {
        Agreement draft = LifecycleSamples.draft();
        assertTrue(draft.flagOutOfDate());
        assertFalse(draft.flagOutOfDate(), "flagged once");
        assertTrue(draft.isOutOfDate());
        assertThrows(
                ConflictException.class, () -> draft.issue(LifecycleSamples.sha('a'), List.of(), false, "legal", NOW));

        Agreement issued = issued();
        assertTrue(issued.flagOutOfDate());
        assertEquals(AgreementStatus.ISSUED, issued.getStatus(), "flagging leaves the issued version as it is");

        Agreement superseded = issued();
        superseded.supersede(2000);
        assertFalse(superseded.flagOutOfDate(), "a superseded revision is left alone");
    }

    private static void sign(Agreement a, String party, long secondsAfterIssue) {
        a.recordSignature(
                party,
                "Signatory of " + party,
                "Vice-President",
                NOW.plusSeconds(secondsAfterIssue).atOffset(ZoneOffset.UTC),
                "legal",
                NOW.plusSeconds(9000));
    }

    @Test
    void eachPartySignsOnceAndTheLastSignatureMakesTheAgreementSigned() {
        assertThrows(ConflictException.class, LifecycleSamples.draft()::checkSignable, "a draft is not signed");
        Agreement a = issued();
        a.checkSignable();
        assertEquals(List.of("HKUST", "SUSTech"), a.unsignedParties());
        assertThrows(InvalidValueException.class, () -> sign(a, "HKUST", -1), "not before the issue");
        InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> sign(a, "CUHK", 60));
        assertEquals("party", unknown.errors().get(0).field());

        sign(a, "SUSTech", 7200);
        assertEquals(AgreementStatus.ISSUED, a.getStatus(), "one party of two has signed");
        assertEquals(List.of("HKUST"), a.unsignedParties());
        assertThrows(ConflictException.class, () -> sign(a, "SUSTech", 7300), "a party signs once");
        assertThrows(
                ConflictException.class,
                () -> a.attachSignedCopy(LifecycleSamples.sha('c'), 1000, "legal", NOW),
                "a signed copy waits for every signature");

        sign(a, "HKUST", 3600);
        assertEquals(AgreementStatus.SIGNED, a.getStatus());
        assertThrows(ConflictException.class, a::checkSignable, "every party has signed");
        assertEquals(
                NOW.plusSeconds(7200).atOffset(ZoneOffset.UTC), a.getSignedAt(), "signed as of the last signature");
        assertEquals(
                List.of("HKUST", "SUSTech"),
                a.getSignatures().stream()
                        .map(AgreementSignature::getPartyCode)
                        .sorted()
                        .toList());
        AgreementSignature hkust = a.getSignatures().stream()
                .filter(s -> s.getPartyCode().equals("HKUST"))
                .findFirst()
                .orElseThrow();
        assertEquals(1L, hkust.getInstitutionId());
        assertEquals("Signatory of HKUST", hkust.getSignatoryName());
        assertEquals(2, a.record().signatures().size(), "the audit record holds every signature");
    }

    @Test
    void aSignedAgreementKeepsOneSignedCopyWithItsHash() {
        Agreement a = issued();
        sign(a, "HKUST", 60);
        sign(a, "SUSTech", 60);
        a.attachSignedCopy(LifecycleSamples.sha('c'), 123_456, "legal", NOW.plusSeconds(600));
        assertEquals(LifecycleSamples.sha('c'), a.getSignedCopySha256());
        assertEquals(123_456L, a.getSignedCopySize());
        assertEquals("legal", a.getSignedCopyBy());
        assertEquals(LifecycleSamples.sha('c'), a.record().signedCopySha256());
        assertThrows(
                ConflictException.class,
                () -> a.attachSignedCopy(LifecycleSamples.sha('d'), 1, "legal", NOW),
                "it never changes");
        assertEquals(LifecycleSamples.sha('c'), a.getSignedCopySha256());
        assertEquals(LifecycleSamples.sha('a'), a.getPdfSha256(), "the issued PDF's hash stays beside it");
    }

    @Test
    void aDraftIsEditedFromTheSameOwnershipVersionOnly() {
        Agreement a = LifecycleSamples.draft();
        List<AgreementParty> one = List.of(new AgreementParty(1, "HKUST"));
        a.redraft(new DraftedRevision(
                1000,
                1,
                1,
                org.hetao.registry.agreement.AgreementLanguage.EN,
                "{\"language\":\"EN\"}",
                "{}",
                one,
                "legal",
                NOW));
        assertEquals(org.hetao.registry.agreement.AgreementLanguage.EN, a.getLanguage());
        assertEquals("{\"language\":\"EN\"}", a.getOptionsJson());
        assertEquals(java.util.Set.of(1L), a.partyInstitutions());
        assertEquals(OffsetDateTime.parse("2026-12-01T09:15:42Z"), a.getCreatedAt(), "the draft keeps its date");
        assertThrows(
                ConflictException.class,
                () -> a.redraft(LifecycleSamples.drafted(1000, 2, one)),
                "a newer ownership version needs a new agreement");

        Agreement stale = LifecycleSamples.draft();
        stale.flagOutOfDate();
        assertThrows(ConflictException.class, () -> stale.redraft(LifecycleSamples.drafted(1000, 1, one)));
        stale.checkDiscardable();
    }

    @Test
    void discardingTheDraftThatWasToSupersedeARevisionGivesItBackItsPlace() {
        Agreement issued = issued();
        issued.supersede(2000);
        assertThrows(IllegalStateException.class, () -> issued.reinstate(3000));
        issued.reinstate(2000);
        assertEquals(AgreementStatus.ISSUED, issued.getStatus());
        assertEquals(null, issued.getSupersededBy());

        Agreement signed = issued();
        sign(signed, "HKUST", 60);
        sign(signed, "SUSTech", 60);
        signed.supersede(2001);
        signed.reinstate(2001);
        assertEquals(AgreementStatus.SIGNED, signed.getStatus());
    }
}
