package org.hetao.registry.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * One institution whose approval a proposal needs, and that approval once given: by its office, or
 * recorded by an administrator on its behalf with a reference to the signed document.
 */
@Embeddable
public class ProposalApproval {
    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "document_ref", length = 500)
    private String documentRef;

    protected ProposalApproval() {}

    ProposalApproval(long institutionId) {
        this.institutionId = institutionId;
    }

    void approve(String by, String document, OffsetDateTime at) {
        this.approvedBy = by;
        this.documentRef = document;
        this.onBehalf = document != null;
        this.approvedAt = at;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public String getDocumentRef() {
        return documentRef;
    }
}
