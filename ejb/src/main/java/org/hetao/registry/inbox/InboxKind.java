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
    AGREEMENT_OUT_OF_DATE,
    /** An investor enquired about an asset the office's institution owns. */
    ENQUIRY_RECEIVED,
    /** A message in an enquiry's thread, from the investor or a co-owner's office. */
    ENQUIRY_MESSAGE,
    /** A co-owner's office added an internal note to an enquiry. */
    ENQUIRY_NOTE,
    /** An enquiry's status changed (the note names the new status). */
    ENQUIRY_STATUS,
    /** A patent deadline of an asset the office's institution owns comes up (the note names the deadline and its date). */
    DEADLINE_DUE,
    /**
     * The cross-boundary white-list registration of a member of a project's staff (of the office's
     * institution) ends soon while they go on working in the Hong Kong park; the note names the person
     * and the last valid day.
     */
    WHITE_LIST_EXPIRING,
    /**
     * A recordal of an ownership version or agreement the office's institution is party to needs
     * attention under one of the recordal rules (not registered, late); the note says which and why.
     */
    RECORDAL_WARNING;

    /** The kind of record the item links to. */
    public String subjectKind() {
        if (this == DEADLINE_DUE) {
            return "ip-asset";
        }
        if (name().startsWith("ENQUIRY")) {
            return "enquiry";
        }
        if (name().startsWith("RECORDAL")) {
            return "recordal";
        }
        if (name().startsWith("WHITE_LIST")) {
            return "project";
        }
        return name().startsWith("AGREEMENT") ? "agreement" : "ownership-proposal";
    }
}
