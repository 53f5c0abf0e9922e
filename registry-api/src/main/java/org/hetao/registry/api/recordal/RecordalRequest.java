package org.hetao.registry.api.recordal;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hetao.registry.recordal.RecordalDetails;
import org.hetao.registry.recordal.RecordalOffice;
import org.hetao.registry.recordal.RecordalStatus;
import org.hetao.registry.recordal.RecordalTarget;
import org.hetao.registry.recordal.RecordalType;

/**
 * A recordal as a client sends it. On creation it names exactly one of {@code ownershipVersionId}
 * and {@code agreementId}; a replacement leaves both out (the subject never changes).
 */
public record RecordalRequest(
        Long ownershipVersionId,
        Long agreementId,
        RecordalOffice office,
        RecordalType type,
        LocalDate effectiveDate,
        RecordalStatus status,
        LocalDate filedDate,
        @Size(max = 100) String reference,
        LocalDate recordedDate,
        LocalDate refusedDate) {
    public RecordalDetails toDetails() {
        return new RecordalDetails(
                office, type, effectiveDate, status, filedDate, reference, recordedDate, refusedDate);
    }

    public RecordalTarget target() {
        return new RecordalTarget(ownershipVersionId, agreementId);
    }
}
