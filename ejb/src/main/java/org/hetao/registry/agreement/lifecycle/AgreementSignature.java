package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * One party's signature of an issued agreement revision: who signed for which institution, when,
 * and who recorded it in the registry.
 */
@Embeddable
public class AgreementSignature {
    @Column(name = "party_code", nullable = false, length = 40, updatable = false)
    private String partyCode;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "signatory_name", nullable = false, length = 200, updatable = false)
    private String signatoryName;

    @Column(name = "signatory_title", length = 200, updatable = false)
    private String signatoryTitle;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private OffsetDateTime signedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected AgreementSignature() {}

    AgreementSignature(
            AgreementParty party,
            String signatoryName,
            String signatoryTitle,
            OffsetDateTime signedAt,
            String recordedBy,
            OffsetDateTime recordedAt) {
        this.partyCode = party.getCode();
        this.institutionId = party.getInstitutionId();
        this.signatoryName = signatoryName;
        this.signatoryTitle = signatoryTitle;
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public OffsetDateTime getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    /** The signature as the audit trail records it. */
    public SignatureRecord record() {
        return new SignatureRecord(partyCode, institutionId, signatoryName, signatoryTitle, signedAt, recordedBy);
    }

    /** A signature in an agreement's audit record. */
    public record SignatureRecord(
            String party,
            long institutionId,
            String signatoryName,
            String signatoryTitle,
            OffsetDateTime signedAt,
            String recordedBy) {}
}
