package org.hetao.registry.imports;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a JSON Lines upload: one JSON object per line, its keys the same column names as the CSV
 * layout; values are strings, numbers or null, and a list column may also be an array of entries.
 * In a backup every line names its kind in {@code record}.
 */
final class JsonLinesRows {
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonLinesRows() {
    }

    static List<ImportRow> read(String text, ImportKind kind, int maxRows) throws ImportFileException {
        List<ImportRow> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new ImportFileException(line, null, "The file has more than " + maxRows + " rows; split it into smaller files");
            }
            JsonObject o;
            try {
                JsonValue v = JSON.createReader(new StringReader(lines[i])).readValue();
                if (!(v instanceof JsonObject obj)) {
                    rows.add(broken(line, kind, "line " + line + " is not a JSON object"));
                    continue;
                }
                o = obj;
            } catch (JsonParsingException e) {
                rows.add(broken(line, kind, "line " + line + " is not valid JSON: " + e.getMessage()));
                continue;
            }
            RecordKind recordKind = kind.recordKind();
            if (recordKind == null) {
                JsonValue r = o.get(Columns.RECORD);
                try {
                    recordKind = RecordKind.ofBackupLine(r instanceof JsonString s ? s.getString() : null);
                } catch (RuntimeException e) {
                    rows.add(broken(line, ImportKind.INSTITUTIONS,
                            "line " + line + " of a backup must name its kind in \"record\": institution, person, project, ip-asset or ownership"));
                    continue;
                }
            }
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (e.getKey().equals(Columns.RECORD) && kind == ImportKind.BACKUP) {
                    continue;
                }
                if (Columns.find(recordKind, e.getKey()).isEmpty()) {
                    unknown.add(e.getKey());
                    continue;
                }
                cells.put(e.getKey(), text(e.getValue()));
            }
            if (!unknown.isEmpty()) {
                cells.put(RowReader.SHAPE, "unknown column(s) " + String.join(", ", unknown));
            }
            rows.add(new ImportRow(line, recordKind, cells, true));
        }
        return rows;
    }

    private static ImportRow broken(int line, ImportKind kind, String message) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(RowReader.SHAPE, message);
        return new ImportRow(line, kind.recordKind() == null ? RecordKind.INSTITUTION : kind.recordKind(), cells);
    }

    private static String text(JsonValue v) {
        return switch (v.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) v).getString();
            case ARRAY -> ((JsonArray) v).stream().map(JsonLinesRows::text).collect(Collectors.joining("; "));
            default -> v.toString();
        };
    }
}
