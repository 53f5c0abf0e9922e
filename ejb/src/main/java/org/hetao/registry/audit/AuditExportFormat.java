package org.hetao.registry.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** The files an export of the audit trail writes: CSV for spreadsheets, JSON Lines for programs that check the chain. */
public enum AuditExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSONL("application/x-ndjson", "jsonl");

    private final String mediaType;
    private final String extension;

    AuditExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a {@code format} parameter names or, failing that, the one the Accept header asks for; JSON Lines by default. */
    public static AuditExportFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "jsonl", "ndjson" -> JSONL;
                default ->
                    throw new InvalidValueException(
                            "format",
                            ErrorCode.ONE_OF,
                            "must be csv or jsonl",
                            Map.of("allowed", List.of("csv", "jsonl")));
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv") ? CSV : JSONL;
    }
}
