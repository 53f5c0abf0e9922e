package org.hetao.registry.transfer.imports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hetao.registry.common.Formulas;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * What a run found and did, as JSON (stored with the job) and as CSV a person can open in a
 * spreadsheet: every bad row with its column and reason, and how many records of each kind were
 * (or, in a dry run, would be) created, updated and skipped.
 */
public final class ImportReport {
    /** The most errors a report lists; the count of all of them is always given. */
    public static final int MAX_ERRORS = 10_000;

    private static final JsonProvider JSON = JsonProvider.provider();

    private ImportReport() {}

    public static String json(int rows, ImportCounts counts, List<RowError> errors, boolean dryRun) {
        return json(rows, counts, errors, dryRun, List.of());
    }

    /**
     * With {@code steps}, the report also lists under {@code ownership} every row that changes an asset's
     * ownership and what it does: {@code recorded} (the version took effect) or {@code proposed}, with
     * the institutions whose approval it awaits and, once written, the proposal's id.
     */
    static String json(int rows, ImportCounts counts, List<RowError> errors, boolean dryRun, List<ImportStep> steps) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("rows", rows).add("dryRun", dryRun);
        JsonObjectBuilder byKind = JSON.createObjectBuilder();
        if (counts != null) {
            for (Map.Entry<RecordKind, int[]> e : counts.byKind().entrySet()) {
                byKind.add(
                        e.getKey().path(),
                        JSON.createObjectBuilder()
                                .add("created", e.getValue()[0])
                                .add("updated", e.getValue()[1])
                                .add("skipped", e.getValue()[2])
                                .add("proposed", e.getValue()[ImportAction.PROPOSE.ordinal()]));
            }
            o.add("created", counts.total(ImportAction.CREATE))
                    .add("updated", counts.total(ImportAction.UPDATE))
                    .add("skipped", counts.total(ImportAction.SKIP))
                    .add("proposed", counts.total(ImportAction.PROPOSE));
        }
        o.add("records", byKind);
        JsonArrayBuilder ownership = JSON.createArrayBuilder();
        steps.stream().filter(s -> s.consent != null).forEach(s -> ownership.add(ownership(s)));
        o.add("ownership", ownership);
        o.add("errorCount", errors.size());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        errors.stream().limit(MAX_ERRORS).forEach(e -> {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("row", e.row());
            b.add("ref", e.ref() == null ? JsonValue.NULL : JSON.createValue(e.ref()));
            b.add("column", e.column() == null ? JsonValue.NULL : JSON.createValue(e.column()));
            list.add(b.add("message", e.message()));
        });
        return o.add("errors", list).build().toString();
    }

    private static JsonObjectBuilder ownership(ImportStep s) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("row", s.row.row());
        b.add("ref", s.ref() == null ? JsonValue.NULL : JSON.createValue(s.ref()));
        b.add("outcome", s.consent.proposed() ? "proposed" : "recorded");
        JsonArrayBuilder awaiting = JSON.createArrayBuilder();
        s.consent.awaiting().forEach(awaiting::add);
        b.add("awaiting", awaiting);
        JsonArrayBuilder onBehalf = JSON.createArrayBuilder();
        s.consent.documents().keySet().stream().sorted().forEach(onBehalf::add);
        b.add("approvedOnBehalf", onBehalf);
        b.add("proposal", s.proposalId == null ? JsonValue.NULL : JSON.createValue(s.proposalId));
        b.add(
                "message",
                s.consent.proposed()
                        ? "proposed (awaiting the approval of institutions " + s.consent.awaiting() + ")"
                        : "recorded");
        return b;
    }

    /** The errors of a stored JSON report as CSV: row, ref, column, message. */
    public static String csv(String json) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord("row", "ref", "column", "message");
            if (json != null) {
                JsonObject report = JSON.createReader(new StringReader(json)).readObject();
                for (JsonValue v : report.getJsonArray("errors")) {
                    JsonObject e = v.asJsonObject();
                    p.printRecord(
                            e.getInt("row"),
                            Formulas.neutralise(text(e, "ref")),
                            text(e, "column"),
                            Formulas.neutralise(e.getString("message")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? "" : o.getString(key);
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
