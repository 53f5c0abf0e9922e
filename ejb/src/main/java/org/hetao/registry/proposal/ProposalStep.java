package org.hetao.registry.proposal;

/**
 * Fired synchronously, in the transaction that stores it, for every step of an ownership proposal,
 * so that observers (the offices' inboxes) write what follows from the step only if it commits.
 * {@code actingInstitutionId}: the institution whose office (or an administrator on its behalf)
 * took the step, null when none did (an expiry, a proposal by LEGAL or an administrator).
 */
public record ProposalStep(OwnershipProposal proposal, Kind kind, String actor, Long actingInstitutionId) {
    public enum Kind {
        /** A proposal was stored; it awaits the approvals still pending. */
        PROPOSED,
        /** One required institution approved; others are still pending. */
        APPROVED,
        REJECTED,
        WITHDRAWN,
        EXPIRED,
        /** The last approval arrived (or none was needed) and the proposed version took effect. */
        TOOK_EFFECT
    }
}
