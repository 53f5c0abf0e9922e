package org.hetao.registry.proposal;

/** Where a proposal stands. Only OPEN leads anywhere; the others are final. */
public enum ProposalState {
    /** Awaiting approvals. */
    OPEN,
    /** Every required office approved; the version took effect. */
    APPROVED,
    /** A required office rejected it, with a reason. */
    REJECTED,
    /** The proposer withdrew it. */
    WITHDRAWN,
    /** Not decided within the configured time. */
    EXPIRED
}
