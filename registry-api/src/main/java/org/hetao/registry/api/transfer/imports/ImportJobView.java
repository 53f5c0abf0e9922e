package org.hetao.registry.api.transfer.imports;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.transfer.imports.ImportJob;

/** An import job in a response: what was uploaded, where it stands (rows done of total) and, once finished, its report. */
@Schema(name = "ImportJobView")
public record ImportJobView(
        long id,
        String kind,
        String format,
        String mode,
        String onDuplicate,
        String state,
        int rowsTotal,
        int rowsDone,
        String createdBy,
        Long institutionId,
        String fileName,
        long fileBytes,
        String fileSha256,
        int attempts,
        String message,
        JsonObject report,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {
    private static final JsonProvider JSON = JsonProvider.provider();

    public static ImportJobView of(ImportJob j) {
        return new ImportJobView(
                j.getId(),
                name(j.getKind()),
                name(j.getFormat()),
                name(j.getMode()),
                name(j.getOnDuplicate()),
                j.getState().name(),
                j.getRowsTotal(),
                j.getRowsDone(),
                j.getCreatedBy(),
                j.getInstitutionId(),
                j.getFileName(),
                j.getFileBytes(),
                j.getFileSha256(),
                j.getAttempts(),
                j.getMessage(),
                j.getReport() == null
                        ? null
                        : JSON.createReader(new StringReader(j.getReport())).readObject(),
                j.getCreatedAt(),
                j.getStartedAt(),
                j.getFinishedAt());
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
