package org.hetao.registry.api.recordal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.recordal.Recordal;
import org.hetao.registry.recordal.RecordalWarning;

/**
 * A recordal in a response, with the warnings the recordal rules give about it today: each with its
 * code, legal source, due day (null: at once or none) and an English sentence.
 */
@Schema(name = "RecordalView")
public record RecordalView(
        long id,
        long version,
        String subjectKind,
        long subjectId,
        long ipAssetId,
        String office,
        String type,
        LocalDate effectiveDate,
        String status,
        LocalDate filedDate,
        String reference,
        LocalDate recordedDate,
        LocalDate refusedDate,
        List<WarningView> warnings,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A rule's warning about a recordal. */
    @Schema(name = "RecordalWarningView")
    public record WarningView(String code, String source, LocalDate dueDate, String message) {
        static WarningView of(RecordalWarning w) {
            return new WarningView(w.code(), w.source(), w.dueDate(), w.message());
        }
    }

    public static RecordalView of(Recordal r, LocalDate today) {
        return new RecordalView(
                r.getId(),
                r.getVersion(),
                r.getSubjectKind().name(),
                r.getSubjectId(),
                r.getIpAssetId(),
                r.getOffice().name(),
                r.getType().name(),
                r.getEffectiveDate(),
                r.getStatus().name(),
                r.getFiledDate(),
                r.getReference(),
                r.getRecordedDate(),
                r.getRefusedDate(),
                r.warnings(today).stream().map(WarningView::of).toList(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
