package org.hetao.registry.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hetao.registry.project.Park;

/** A transfer as the audit trail keeps it: its project, every described field, its consents and status. */
public record TransferRecord(
        long projectId,
        TransferKind kind,
        String descriptionEn,
        String descriptionZhHant,
        String descriptionZhHans,
        long fromInstitutionId,
        Park fromPark,
        long toInstitutionId,
        Park toPark,
        ClearanceRoute clearanceRoute,
        String clearanceReference,
        LocalDate requestedDate,
        LocalDate sentDate,
        LocalDate receivedDate,
        TransferStatus status,
        String senderApprovedBy,
        OffsetDateTime senderApprovedAt,
        String receiverApprovedBy,
        OffsetDateTime receiverApprovedAt,
        String closedBy,
        String closingNote) {
    static TransferRecord of(BoundaryTransfer t) {
        return new TransferRecord(
                t.getProjectId(),
                t.getKind(),
                t.getDescription().en(),
                t.getDescription().zhHant(),
                t.getDescription().zhHans(),
                t.getFromInstitutionId(),
                t.getFromPark(),
                t.getToInstitutionId(),
                t.getToPark(),
                t.getClearanceRoute(),
                t.getClearanceReference(),
                t.getRequestedDate(),
                t.getSentDate(),
                t.getReceivedDate(),
                t.getStatus(),
                t.getSenderApprovedBy(),
                t.getSenderApprovedAt(),
                t.getReceiverApprovedBy(),
                t.getReceiverApprovedAt(),
                t.getClosedBy(),
                t.getClosingNote());
    }
}
