package org.hetao.registry.transfer.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** The layout of an uploaded file: CSV with a header row, or JSON Lines (one JSON object per line). */
public enum ImportFormat {
    CSV,
    JSONL;

    /** The format named by a {@code format} parameter or, failing that, by the upload's content type. */
    public static ImportFormat of(String format, String contentType) {
        String f = format == null || format.isBlank() ? null : format.strip().toLowerCase(Locale.ROOT);
        if (f == null && contentType != null) {
            String t = contentType.toLowerCase(Locale.ROOT);
            f = t.contains("csv")
                    ? "csv"
                    : t.contains("ndjson") || t.contains("jsonl") || t.contains("json") ? "jsonl" : null;
        }
        if ("csv".equals(f)) {
            return CSV;
        }
        if ("jsonl".equals(f) || "ndjson".equals(f)) {
            return JSONL;
        }
        throw new InvalidValueException(
                "format",
                ErrorCode.PARAM_ENUM,
                "must be csv or jsonl (or send Content-Type: text/csv or application/x-ndjson)",
                Map.of("allowed", List.of("csv", "jsonl")));
    }
}
