package org.hetao.registry.agreement.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;

/** An agreement revision's state as the audit trail records it (its PDF only by its hash). */
public record AgreementRecord(
        String agreementId,
        int revision,
        long ipAssetId,
        int ownershipVersion,
        int frameworkVersion,
        String status,
        String language,
        boolean outOfDate,
        boolean warningsAcknowledged,
        String pdfSha256,
        OffsetDateTime issuedAt,
        OffsetDateTime signedAt,
        Long supersedes,
        Long supersededBy,
        List<AgreementSignature.SignatureRecord> signatures,
        String signedCopySha256) {}
