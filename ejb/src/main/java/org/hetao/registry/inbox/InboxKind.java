package org.hetao.registry.inbox;

/** What an inbox item tells its office. */
public enum InboxKind {
    /** An ownership proposal awaits the office's approval. */
    APPROVAL_REQUESTED,
    /** Another required institution approved a proposal; others are still pending. */
    PROPOSAL_APPROVED,
    PROPOSAL_REJECTED,
    PROPOSAL_WITHDRAWN,
    PROPOSAL_EXPIRED,
    /** Every approval arrived and the proposed ownership version took effect. */
    PROPOSAL_TOOK_EFFECT,
    /** A proposal still awaiting the office's approval expires soon. */
    PROPOSAL_EXPIRING,
    AGREEMENT_ISSUED,
    AGREEMENT_OUT_OF_DATE;

    /** The kind of record the item links to. */
    public String subjectKind() {
        return name().startsWith("AGREEMENT") ? "agreement" : "ownership-proposal";
    }
}
