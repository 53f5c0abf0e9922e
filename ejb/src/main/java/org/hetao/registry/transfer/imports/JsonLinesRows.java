package org.hetao.registry.transfer.imports;

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
import org.hetao.registry.transfer.format.BackupHeader;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * Reads a JSON Lines upload: one JSON object per line, its keys the same column names as the CSV
 * layout; values are strings, numbers or null, and a list column may also be an array of entries.
 * In a backup every line names its kind in {@code record}, and the first line may be its
 * {@link BackupHeader}.
 */
final class JsonLinesRows {
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonLinesRows() {}

    static ParsedUpload read(String text, ImportKind kind, int maxRows) throws ImportFileException {
        List<ImportRow> rows = new ArrayList<>();
        BackupHeader header = null;
        boolean first = true;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new ImportFileException(
                        line, null, "The file has more than " + maxRows + " rows; split it into smaller files");
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
            boolean firstLine = first;
            first = false;
            if (kind == ImportKind.BACKUP
                    && o.get(Columns.RECORD) instanceof JsonString r
                    && r.getString().strip().equals(BackupHeader.RECORD)) {
                if (!firstLine) {
                    rows.add(broken(
                            line,
                            kind,
                            "line " + line
                                    + " is a backup's first line (\"record\": \"backup\"): it may only come first"));
                    continue;
                }
                try {
                    header = header(line, o);
                } catch (IllegalArgumentException e) {
                    rows.add(broken(line, kind, e.getMessage()));
                }
                continue;
            }
            RecordKind recordKind = kind.recordKind();
            if (recordKind == null) {
                JsonValue r = o.get(Columns.RECORD);
                try {
                    recordKind = RecordKind.ofBackupLine(r instanceof JsonString s ? s.getString() : null);
                } catch (RuntimeException e) {
                    rows.add(
                            broken(
                                    line,
                                    ImportKind.INSTITUTIONS,
                                    "line " + line
                                            + " of a backup must name its kind in \"record\": institution, person, project, ip-asset or ownership"));
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
        return new ParsedUpload(header, rows, kind == ImportKind.BACKUP);
    }

    private static BackupHeader header(int line, JsonObject o) {
        List<String> unknown = o.keySet().stream()
                .filter(k -> !List.of(Columns.RECORD, BackupHeader.REGISTRY, BackupHeader.INSTITUTION)
                        .contains(k))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ", the backup's first line, has unknown key(s) "
                    + String.join(", ", unknown) + "; it holds only registry and institution");
        }
        String registry = o.get(BackupHeader.REGISTRY) instanceof JsonString s
                ? s.getString().strip()
                : null;
        if (!RegistryRef.isInstance(registry)) {
            throw new IllegalArgumentException(
                    "line " + line + ", the backup's first line, must name the registry that wrote it in \"registry\" "
                            + "(its instance id: letters, digits, . _ or -, at most 40)");
        }
        String institution = o.get(BackupHeader.INSTITUTION) instanceof JsonString s
                ? s.getString().strip()
                : "";
        if (institution.isEmpty()) {
            throw new IllegalArgumentException(
                    "line " + line + ", the backup's first line, must name in \"institution\" the short name of "
                            + "the institution whose backup it is");
        }
        return new BackupHeader(line, registry, institution);
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
