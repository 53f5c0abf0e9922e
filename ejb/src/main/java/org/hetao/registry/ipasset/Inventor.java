package org.hetao.registry.ipasset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's contribution to an asset, in basis points. */
@Embeddable
public class Inventor {
    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "share_bp", nullable = false)
    private int shareBp;

    protected Inventor() {}

    Inventor(long personId, int shareBp) {
        this.personId = personId;
        this.shareBp = shareBp;
    }

    public long getPersonId() {
        return personId;
    }

    public int getShareBp() {
        return shareBp;
    }

    public InventorDetails details() {
        return new InventorDetails(personId, shareBp);
    }
}
