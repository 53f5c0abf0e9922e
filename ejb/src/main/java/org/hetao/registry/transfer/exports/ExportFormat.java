package org.hetao.registry.transfer.exports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** The file an export writes: CSV (for spreadsheets), one JSON array, or JSON Lines. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    JSONL("application/x-ndjson", "jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a {@code format} parameter names or, failing that, the first one the Accept header prefers; JSON by default. */
    public static ExportFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                case "jsonl", "ndjson" -> JSONL;
                default ->
                    throw new InvalidValueException(
                            "format",
                            ErrorCode.ONE_OF,
                            "must be csv, json or jsonl",
                            Map.of("allowed", List.of("csv", "json", "jsonl")));
            };
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("text/csv")) {
            return CSV;
        }
        if (a.contains("ndjson") || a.contains("jsonl")) {
            return JSONL;
        }
        return JSON;
    }
}
