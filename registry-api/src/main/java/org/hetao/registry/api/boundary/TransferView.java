package org.hetao.registry.api.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.boundary.BoundaryTransfer;
import org.hetao.registry.boundary.TransferNames;

/**
 * A transfer in a response, with its project's code and its institutions' short names, each party's
 * consent (who gave it and when) and the statuses it may move to next.
 */
@Schema(name = "TransferView")
public record TransferView(
        long id,
        long version,
        long projectId,
        String projectCode,
        String kind,
        TextView description,
        long fromInstitutionId,
        String fromInstitution,
        String fromPark,
        long toInstitutionId,
        String toInstitution,
        String toPark,
        String clearanceRoute,
        String clearanceReference,
        LocalDate requestedDate,
        LocalDate sentDate,
        LocalDate receivedDate,
        String status,
        List<String> nextStatuses,
        ConsentView senderConsent,
        ConsentView receiverConsent,
        String closedBy,
        String closingNote,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A party's consent: the account of its office that gave it (not shown to investors), and when. */
    @Schema(name = "TransferConsentView")
    public record ConsentView(String by, OffsetDateTime at) {
        static ConsentView of(String by, OffsetDateTime at, boolean accounts) {
            return at == null ? null : new ConsentView(accounts ? by : null, at);
        }
    }

    /** The transfer; {@code accounts}: with the office accounts that consented, refused or cancelled it. */
    public static TransferView of(BoundaryTransfer t, TransferNames names, boolean accounts) {
        return new TransferView(
                t.getId(),
                t.getVersion(),
                t.getProjectId(),
                names.project(t.getProjectId()),
                t.getKind().name(),
                TextView.of(t.getDescription()),
                t.getFromInstitutionId(),
                names.institution(t.getFromInstitutionId()),
                t.getFromPark().name(),
                t.getToInstitutionId(),
                names.institution(t.getToInstitutionId()),
                t.getToPark().name(),
                t.getClearanceRoute().name(),
                t.getClearanceReference(),
                t.getRequestedDate(),
                t.getSentDate(),
                t.getReceivedDate(),
                t.getStatus().name(),
                t.getStatus().next().stream().map(Enum::name).toList(),
                ConsentView.of(t.getSenderApprovedBy(), t.getSenderApprovedAt(), accounts),
                ConsentView.of(t.getReceiverApprovedBy(), t.getReceiverApprovedAt(), accounts),
                accounts ? t.getClosedBy() : null,
                t.getClosingNote(),
                t.getCreatedAt(),
                t.getUpdatedAt());
    }
}
