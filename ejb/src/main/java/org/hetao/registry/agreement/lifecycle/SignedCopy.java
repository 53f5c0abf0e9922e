package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The scanned or digitally signed copy of a signed agreement revision, as uploaded. Written once,
 * never changed; the revision records its SHA-256 beside the issued PDF's.
 */
@Entity
@Table(name = "agreement_signed_copy")
public class SignedCopy {
    @Id
    @Column(name = "agreement_id", updatable = false)
    private long agreementId;
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    protected SignedCopy() {
    }

    public SignedCopy(long agreementId, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("A signed copy needs its bytes");
        }
        this.agreementId = agreementId;
        this.pdf = pdf.clone();
    }

    public long getAgreementId() {
        return agreementId;
    }

    public byte[] bytes() {
        return pdf.clone();
    }
}
