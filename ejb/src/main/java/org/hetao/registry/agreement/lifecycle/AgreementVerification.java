package org.hetao.registry.agreement.lifecycle;

/**
 * The check of an issued revision: the SHA-256 recorded when it was issued, that of the stored
 * PDF, and that of the PDF rendered again now from the revision's record.
 */
public record AgreementVerification(
        String agreementId, int revision, String recordedSha256, String storedSha256, String renderedSha256) {

    /** The stored PDF is the one that was issued. */
    public boolean intact() {
        return recordedSha256.equals(storedSha256);
    }

    /** Rendering the revision again gives the same bytes. */
    public boolean reproducible() {
        return recordedSha256.equals(renderedSha256);
    }

    public boolean verified() {
        return intact() && reproducible();
    }
}
