package org.hetao.registry.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One institution's proposed share, in basis points. */
@Embeddable
public class ProposedShare {
    @Column(name = "institution_id", nullable = false)
    private long institutionId;
    @Column(name = "share_bp", nullable = false)
    private int shareBp;

    protected ProposedShare() {
    }

    ProposedShare(long institutionId, int shareBp) {
        this.institutionId = institutionId;
        this.shareBp = shareBp;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public int getShareBp() {
        return shareBp;
    }
}
