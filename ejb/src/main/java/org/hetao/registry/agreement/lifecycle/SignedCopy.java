package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The scanned or digitally signed copy of a signed agreement revision, as uploaded. Written once,
 * never changed; the revision records its SHA-256 beside the issued PDF's.
 */
@Entity
@Table(name = "agreement_signed_copy")
public class SignedCopy extends StoredPdf {
    protected SignedCopy() {}

    public SignedCopy(long agreementId, byte[] pdf) {
        super(agreementId, pdf, "A signed copy needs its bytes");
    }
}
