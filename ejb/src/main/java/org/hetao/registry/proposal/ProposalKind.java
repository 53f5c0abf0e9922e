package org.hetao.registry.proposal;

/** What a proposal does to the ownership history. */
public enum ProposalKind {
    /** A new version from a date no earlier than the current version's. */
    CHANGE,
    /** A correction of history: a version that took effect before the current one, inserted in date order. */
    CORRECTION
}
