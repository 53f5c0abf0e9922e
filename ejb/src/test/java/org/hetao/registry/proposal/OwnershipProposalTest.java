package org.hetao.registry.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.ownership.ApprovalRule;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.junit.jupiter.api.Test;

class OwnershipProposalTest {
    static final long HKU = 1;
    static final long SZBL = 2;
    static final long THIRD = 3;
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    static final Duration DAYS_30 = Duration.ofDays(30);
    static final Proposer HKU_OFFICE = new Proposer("tto-hku", HKU);

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static OwnershipTimeline timeline(Optional<OwnershipVersion> versions) {
        return new OwnershipTimeline(versions.stream().toList());
    }

    static OwnershipChange change(LocalDate from, ShareDetails... shares) {
        return new OwnershipChange(List.of(shares), from, "Shares reallocated");
    }

    static OwnershipVersion halfHalf() {
        return OwnershipVersion.first(
                7,
                change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 5000), new ShareDetails(SZBL, 5000)),
                "admin");
    }

    static OwnershipProposal hkuTakesAll(Optional<OwnershipVersion> base) {
        return OwnershipProposal.propose(
                7,
                timeline(base),
                TODAY,
                ProposalKind.CHANGE,
                change(LocalDate.of(2026, 12, 1), new ShareDetails(HKU, 10000)),
                HKU_OFFICE,
                NOW,
                DAYS_30);
    }

    @Test
    void oneCoOwnerCannotTakeAJointAssetAlone() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertEquals(ProposalState.OPEN, p.getState());
        assertEquals(List.of(HKU, SZBL), p.required(), "every current co-owner and every new owner");
        assertEquals(List.of(SZBL), p.pending(), "the proposer's own approval counts implicitly");
        assertEquals(1, p.getBaseVersionNo());
        assertEquals(NOW.plusDays(30), p.getExpiresAt());
    }

    @Test
    void theLastApprovalCompletesTheProposal() {
        OwnershipProposal p = OwnershipProposal.propose(
                7,
                timeline(Optional.of(halfHalf())),
                TODAY,
                ProposalKind.CHANGE,
                change(
                        LocalDate.of(2026, 12, 1),
                        new ShareDetails(HKU, 4000),
                        new ShareDetails(SZBL, 4000),
                        new ShareDetails(THIRD, 2000)),
                HKU_OFFICE,
                NOW,
                DAYS_30);
        assertEquals(List.of(HKU, SZBL, THIRD), p.required(), "a new owner approves too");
        assertFalse(p.approve(SZBL, "tto-szbl", null, NOW.plusHours(1)));
        assertThrows(AlreadyApprovedException.class, () -> p.approve(SZBL, "tto-szbl-2", null, NOW.plusHours(2)));
        assertTrue(p.approve(THIRD, "admin", "Signed letter 2026-117", NOW.plusHours(3)));
        ProposalApproval third = p.getApprovals().get(2);
        assertTrue(third.isOnBehalf());
        assertEquals("Signed letter 2026-117", third.getDocumentRef());
        p.tookEffect(2, NOW.plusHours(3));
        assertEquals(ProposalState.APPROVED, p.getState());
        assertEquals(2, p.getResultingVersionNo());
        assertThrows(ProposalDecidedException.class, () -> p.reject(SZBL, "tto-szbl", "too late", NOW.plusHours(4)));
        assertThrows(ProposalDecidedException.class, () -> p.withdraw("tto-hku", NOW.plusHours(4)));
    }

    @Test
    void aProposalCannotTakeEffectWhileApprovalsAreMissing() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertThrows(IllegalStateException.class, () -> p.tookEffect(2, NOW));
    }

    @Test
    void onlyARequiredInstitutionApprovesOrRejects() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertThrows(NotAProposalPartyException.class, () -> p.approve(THIRD, "tto-third", null, NOW));
        assertThrows(NotAProposalPartyException.class, () -> p.reject(THIRD, "tto-third", "no", NOW));
        assertEquals(ProposalState.OPEN, p.getState());
    }

    @Test
    void anyRequiredInstitutionMayRejectWithAReason() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertThrows(InvalidValueException.class, () -> p.reject(SZBL, "tto-szbl", " ", NOW));
        p.reject(SZBL, "tto-szbl", "We never agreed to assign our half", NOW.plusDays(1));
        assertEquals(ProposalState.REJECTED, p.getState());
        assertEquals("We never agreed to assign our half", p.getDecisionReason());
        assertThrows(ProposalDecidedException.class, () -> p.approve(SZBL, "tto-szbl", null, NOW.plusDays(2)));
    }

    @Test
    void theProposerMayWithdraw() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        p.withdraw("tto-hku", NOW.plusDays(1));
        assertEquals(ProposalState.WITHDRAWN, p.getState());
        assertThrows(ProposalDecidedException.class, () -> p.approve(SZBL, "tto-szbl", null, NOW.plusDays(2)));
    }

    @Test
    void anUndecidedProposalExpires() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertEquals(ProposalState.OPEN, p.stateAt(NOW.plusDays(30).minusSeconds(1)));
        assertEquals(ProposalState.EXPIRED, p.stateAt(NOW.plusDays(30)));
        assertThrows(ProposalExpiredException.class, () -> p.approve(SZBL, "tto-szbl", null, NOW.plusDays(31)));
        assertFalse(p.expireIfDue(NOW.plusDays(1)));
        assertTrue(p.expireIfDue(NOW.plusDays(31)));
        assertEquals(ProposalState.EXPIRED, p.getState());
        assertThrows(
                ProposalExpiredException.class,
                () -> p.withdraw("tto-hku", NOW.plusDays(32)),
                "stored or not, expired reads the same");
    }

    @Test
    void aProposalBasedOnAnOlderVersionCannotBeApproved() {
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        p.checkBase(1);
        assertThrows(StaleBaseVersionException.class, () -> p.checkBase(2));
    }

    @Test
    void noOtherApprovalIsNeededWhenTheProposersInstitutionIsTheOnlyOneConcerned() {
        OwnershipVersion hkuAlone =
                OwnershipVersion.first(7, change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 10000)), "tto-hku");
        assertTrue(hkuTakesAll(Optional.of(hkuAlone)).pending().isEmpty(), "a single owner stays the single owner");
        assertTrue(
                hkuTakesAll(Optional.empty()).pending().isEmpty(), "the first version, registered by its sole owner");
        OwnershipProposal bySzbl = OwnershipProposal.propose(
                7,
                timeline(Optional.empty()),
                TODAY,
                ProposalKind.CHANGE,
                change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 10000)),
                new Proposer("tto-szbl", SZBL),
                NOW,
                DAYS_30);
        assertEquals(
                List.of(HKU), bySzbl.pending(), "a first version that names another institution needs its approval");
        OwnershipProposal byLegal = OwnershipProposal.propose(
                7,
                timeline(Optional.of(hkuAlone)),
                TODAY,
                ProposalKind.CHANGE,
                change(LocalDate.of(2026, 12, 1), new ShareDetails(HKU, 10000)),
                new Proposer("legal", null),
                NOW,
                DAYS_30);
        assertEquals(List.of(HKU), byLegal.pending(), "an account that acts for no institution approves for none");
        assertEquals(Set.of(), ApprovalRule.othersToApprove(Set.of(HKU), HKU));
        assertEquals(
                Set.of(SZBL),
                ApprovalRule.othersToApprove(ApprovalRule.requiredApprovers(Set.of(HKU), Set.of(SZBL)), HKU));
    }

    @Test
    void aChangeTakesEffectNoEarlierThanItsBaseAndACorrectionEarlier() {
        Optional<OwnershipVersion> base = Optional.of(halfHalf());
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipProposal.propose(
                        7,
                        timeline(base),
                        TODAY,
                        ProposalKind.CHANGE,
                        change(LocalDate.of(2025, 12, 31), new ShareDetails(HKU, 10000)),
                        HKU_OFFICE,
                        NOW,
                        DAYS_30));
        OwnershipProposal correction = OwnershipProposal.propose(
                7,
                timeline(base),
                TODAY,
                ProposalKind.CORRECTION,
                change(LocalDate.of(2023, 5, 1), new ShareDetails(HKU, 10000)),
                HKU_OFFICE,
                NOW,
                DAYS_30);
        assertEquals(ProposalKind.CORRECTION, correction.getKind());
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipProposal.propose(
                        7,
                        timeline(base),
                        TODAY,
                        ProposalKind.CORRECTION,
                        change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 10000)),
                        HKU_OFFICE,
                        NOW,
                        DAYS_30));
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipProposal.propose(
                        7,
                        timeline(Optional.empty()),
                        TODAY,
                        ProposalKind.CORRECTION,
                        change(LocalDate.of(2023, 5, 1), new ShareDetails(HKU, 10000)),
                        HKU_OFFICE,
                        NOW,
                        DAYS_30));
    }

    @Test
    void theProposedSharesFollowTheRulesOfAVersion() {
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipProposal.propose(
                        7,
                        timeline(Optional.empty()),
                        TODAY,
                        ProposalKind.CHANGE,
                        change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 5000), new ShareDetails(SZBL, 4999)),
                        HKU_OFFICE,
                        NOW,
                        DAYS_30));
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipProposal.propose(
                        7,
                        timeline(Optional.empty()),
                        TODAY,
                        ProposalKind.CHANGE,
                        new OwnershipChange(List.of(new ShareDetails(HKU, 10000)), LocalDate.of(2026, 1, 1), ""),
                        HKU_OFFICE,
                        NOW,
                        DAYS_30));
        OwnershipProposal p = hkuTakesAll(Optional.of(halfHalf()));
        assertNull(p.getDecidedAt());
        assertEquals(10000, p.asChange().shares().get(0).shareBp());
    }

    @Test
    void aCorrectionNeedsTheOwnersInForceOnItsDateAndEveryProposedOwner() {
        OwnershipVersion v1 =
                OwnershipVersion.first(7, change(LocalDate.of(2024, 1, 1), new ShareDetails(HKU, 10000)), "admin");
        OwnershipVersion v2 = v1.next(
                change(LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 5000), new ShareDetails(SZBL, 5000)), "admin");
        OwnershipTimeline history = new OwnershipTimeline(List.of(v1, v2));
        long third = 99;
        OwnershipProposal p = OwnershipProposal.propose(
                7,
                history,
                TODAY,
                null,
                change(LocalDate.of(2025, 3, 1), new ShareDetails(HKU, 6000), new ShareDetails(third, 4000)),
                HKU_OFFICE,
                NOW,
                DAYS_30);
        assertEquals(ProposalKind.CORRECTION, p.getKind(), "dated before the current version: a correction");
        assertEquals(List.of(HKU, third), p.required(), "HKU held 2025; SZBL's current share does not change");
        assertEquals(2, p.getBaseVersionNo(), "based on the latest recorded version");
        OwnershipProposal change = OwnershipProposal.propose(
                7,
                history,
                TODAY,
                null,
                change(LocalDate.of(2026, 12, 31), new ShareDetails(HKU, 10000)),
                HKU_OFFICE,
                NOW,
                DAYS_30);
        assertEquals(ProposalKind.CHANGE, change.getKind());
        assertEquals(List.of(HKU, SZBL), change.required());
    }
}
