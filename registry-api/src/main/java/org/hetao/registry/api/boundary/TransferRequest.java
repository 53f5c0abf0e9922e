package org.hetao.registry.api.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.boundary.ClearanceRoute;
import org.hetao.registry.boundary.TransferDetails;
import org.hetao.registry.boundary.TransferKind;
import org.hetao.registry.project.Park;

/**
 * A transfer as a client describes it. On creation it names its project; a replacement leaves
 * {@code projectId} out or names the same one (a transfer's project never changes).
 */
public record TransferRequest(
        Long projectId,
        TransferKind kind,
        @Valid TextRequest description,
        Long fromInstitutionId,
        Park fromPark,
        Long toInstitutionId,
        Park toPark,
        ClearanceRoute clearanceRoute,
        @Size(max = 100) String clearanceReference,
        LocalDate requestedDate) {
    public TransferDetails toDetails() {
        return new TransferDetails(
                kind,
                TextRequest.text(description),
                fromInstitutionId,
                fromPark,
                toInstitutionId,
                toPark,
                clearanceRoute,
                clearanceReference,
                requestedDate);
    }
}
