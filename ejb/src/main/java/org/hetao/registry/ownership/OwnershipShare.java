package org.hetao.registry.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Comparator;

/** One institution's share of an ownership version (or of a proposed one), in basis points. */
@Embeddable
public class OwnershipShare {
    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "share_bp", nullable = false)
    private int shareBp;

    /** Largest share first, then by institution id (the database keeps no order of its own). */
    public static final Comparator<OwnershipShare> LARGEST_FIRST = Comparator.comparingInt(OwnershipShare::getShareBp)
            .reversed()
            .thenComparingLong(OwnershipShare::getInstitutionId);

    protected OwnershipShare() {}

    public OwnershipShare(long institutionId, int shareBp) {
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
