package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A PDF kept for one agreement revision, written once and never changed. */
@MappedSuperclass
public abstract class StoredPdf {
    @Id
    @Column(name = "agreement_id", updatable = false)
    private long agreementId;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    protected StoredPdf() {}

    protected StoredPdf(long agreementId, byte[] pdf, String whenEmpty) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException(whenEmpty);
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

    /** The SHA-256 of the stored bytes, as 64 lower-case hex digits. */
    public String sha256() {
        return sha256(pdf);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
