package org.hetao.registry.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose approval an ownership change needs. */
class ApprovalRuleTest {
    static final long HKU = 1;
    static final long SZBL = 2;
    static final long NEWCO = 3;

    @Test
    void everyCurrentAndEveryNewOwnerMustApprove() {
        assertEquals(Set.of(HKU, SZBL, NEWCO), ApprovalRule.requiredApprovers(Set.of(HKU, SZBL), Set.of(HKU, NEWCO)));
        assertEquals(
                Set.of(HKU),
                ApprovalRule.requiredApprovers(Set.of(), Set.of(HKU)),
                "the first owners approve their first version");
    }

    @Test
    void theProposingOfficesOwnApprovalCountsButNoAdministratorsOrLegalTeams() {
        Set<Long> required = Set.of(HKU, SZBL);
        assertEquals(Set.of(SZBL), ApprovalRule.othersToApprove(required, HKU));
        assertEquals(
                Set.of(HKU, SZBL),
                ApprovalRule.othersToApprove(required, null),
                "an administrator or a legal team acts for no institution");
        assertEquals(
                Set.of(),
                ApprovalRule.othersToApprove(Set.of(HKU), HKU),
                "a sole owner's office changes the date or reason alone");
    }

    @Test
    void approvalsRecordedOnBehalfCountLikeAnOfficesOwn() {
        Set<Long> required = Set.of(HKU, SZBL, NEWCO);
        assertEquals(
                Set.of(SZBL),
                ApprovalRule.stillToApprove(required, null, Set.of(HKU, NEWCO)),
                "an administrator's change still waits for the institution it did not record an approval for");
        assertEquals(Set.of(), ApprovalRule.stillToApprove(required, HKU, Set.of(SZBL, NEWCO)));
    }

    @Test
    void theProposedOwnersAreTheSharesInstitutions() {
        OwnershipChange change = new OwnershipChange(
                List.of(new ShareDetails(SZBL, 4000), new ShareDetails(HKU, 6000)), LocalDate.of(2026, 1, 1), "x");
        assertEquals(List.of(HKU, SZBL), List.copyOf(ApprovalRule.proposedOwners(change)), "in id order");
        assertEquals(Set.of(), ApprovalRule.proposedOwners(null));
    }
}
