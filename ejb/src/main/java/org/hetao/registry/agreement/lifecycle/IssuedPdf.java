package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The PDF of an issued agreement revision, exactly as it was issued. It is written once and has no
 * way to change; the revision records its SHA-256.
 */
@Entity
@Table(name = "agreement_pdf")
public class IssuedPdf extends StoredPdf {
    protected IssuedPdf() {}

    public IssuedPdf(long agreementId, byte[] pdf) {
        super(agreementId, pdf, "An issued agreement needs its PDF");
    }
}
