package org.hetao.registry.api.agreement;

import org.hetao.registry.agreement.lifecycle.AgreementVerification;

/**
 * The check of an issued agreement: {@code intact} when the stored PDF has the SHA-256 recorded at
 * issue, {@code reproducible} when rendering the revision again gives the same bytes.
 */
public record VerificationView(
        String agreementId,
        int revision,
        String recordedSha256,
        String storedSha256,
        String renderedSha256,
        boolean intact,
        boolean reproducible,
        boolean verified) {

    public static VerificationView of(AgreementVerification v) {
        return new VerificationView(
                v.agreementId(),
                v.revision(),
                v.recordedSha256(),
                v.storedSha256(),
                v.renderedSha256(),
                v.intact(),
                v.reproducible(),
                v.verified());
    }
}
