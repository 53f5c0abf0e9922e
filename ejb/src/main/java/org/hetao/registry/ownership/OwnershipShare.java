package org.hetao.registry.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One institution's share of an ownership version, in basis points. */
@Embeddable
public class OwnershipShare {
    @Column(name = "institution_id", nullable = false)
    private long institutionId;
    @Column(name = "share_bp", nullable = false)
    private int shareBp;

    protected OwnershipShare() {
    }

    OwnershipShare(long institutionId, int shareBp) {
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
