package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An institution that is a party to an agreement revision, and the code its options use for it. */
@Embeddable
public class AgreementParty {
    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "party_code", nullable = false, length = 40, updatable = false)
    private String code;

    protected AgreementParty() {}

    public AgreementParty(long institutionId, String code) {
        this.institutionId = institutionId;
        this.code = code;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getCode() {
        return code;
    }
}
