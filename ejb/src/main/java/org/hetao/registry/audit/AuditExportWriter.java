package org.hetao.registry.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hetao.registry.common.SpreadsheetCsv;

/**
 * Writes audit records one by one as they come, in the chain's order, with every stored field the
 * hash covers (the time as the hash covers it, the changes as the exact stored text), the record's
 * hash, the hash before it and how the hash was made, so that a file can be checked against the
 * chain: each record's {@code prevHash} is the {@code hash} of the record before it, and the
 * numbers and hashes agree with {@code GET /api/audit/verify} and the checkpoints. The names the
 * reader may see of the records a row refers to come last and are not part of the hash.
 *
 * <p>JSON Lines holds every value exactly (null as null). CSV (UTF-8 with a byte order mark) is for
 * spreadsheets: null and empty are both an empty cell, and a cell a spreadsheet would run as a
 * formula is neutralised as in every export.
 */
public final class AuditExportWriter implements AutoCloseable {
    public static final List<String> COLUMNS = List.of(
            "seq",
            "occurredAt",
            "actor",
            "actorRole",
            "action",
            "entityKind",
            "entityId",
            "changes",
            "detail",
            "prevHash",
            "hash",
            "hashScheme",
            "hashKeyId",
            "entityName",
            "names");
    private static final JsonProvider JSON = JsonProvider.provider();

    private final AuditExportFormat format;
    private final Writer out;
    private final SpreadsheetCsv csv;

    public AuditExportWriter(OutputStream stream, AuditExportFormat format) throws IOException {
        this.format = format;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        if (format == AuditExportFormat.CSV) {
            csv = new SpreadsheetCsv(out, COLUMNS);
        } else {
            csv = null;
        }
    }

    /**
     * Writes a record with the names of what it refers to ({@code kind:id} → name, the record's own
     * first when it has one); {@code entityName} is the name of the record itself, or null.
     */
    public void write(AuditEntry a, String entityName, Map<String, String> names) throws IOException {
        AuditEvent e = a.event();
        if (format == AuditExportFormat.CSV) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(a.getSeq()), a.hashedTime(), e.actor()));
            cells.add(e.actorRole());
            cells.add(e.action().name());
            cells.add(e.entityKind());
            cells.add(e.entityId() == null ? null : e.entityId().toString());
            cells.add(e.changes());
            cells.add(e.detail());
            cells.add(a.getPrevHash());
            cells.add(a.getHash());
            cells.add(a.getHashScheme());
            cells.add(a.getHashKeyId());
            cells.add(entityName);
            cells.add(names.entrySet().stream()
                    .map(n -> n.getKey() + " " + n.getValue())
                    .collect(Collectors.joining("; ")));
            csv.row(cells);
            return;
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("seq", a.getSeq())
                .add("occurredAt", a.hashedTime())
                .add("actor", e.actor());
        text(o, "actorRole", e.actorRole());
        o.add("action", e.action().name());
        text(o, "entityKind", e.entityKind());
        if (e.entityId() == null) {
            o.addNull("entityId");
        } else {
            o.add("entityId", e.entityId());
        }
        text(o, "changes", e.changes());
        text(o, "detail", e.detail());
        o.add("prevHash", a.getPrevHash()).add("hash", a.getHash()).add("hashScheme", a.getHashScheme());
        text(o, "hashKeyId", a.getHashKeyId());
        text(o, "entityName", entityName);
        JsonObjectBuilder n = JSON.createObjectBuilder();
        names.forEach(n::add);
        o.add("names", n);
        out.write(o.build().toString());
        out.write('\n');
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
