package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An export of a large audit trail reads it slice by slice, each slice in a transaction of its own,
 * and writes a file whose records link up as the chain does.
 */
class AuditExportPersistenceTest {
    private static final int RECORDS = 2_600;
    private static final JsonProvider JSON = JsonProvider.provider();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLargeTrailIsExportedInSlicesAndTheFileLinksUpAsTheChain(TestDatabase db) throws IOException {
        try (TestDatabase.Fixture f = db.fresh()) {
            AuditChain chain = new AuditChain(TestAudit.KEY, (seq, hash) -> {});
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                events.add(new AuditEvent(
                        "tto-hku",
                        "TTO",
                        i % 3 == 0 ? AuditAction.CREATE : AuditAction.UPDATE,
                        i % 2 == 0 ? "project" : "person",
                        (long) i,
                        "{\"code\":{\"before\":null,\"after\":\"=HT-" + i + "\"}}",
                        i == 7 ? "-detail" : null));
            }
            f.run(em -> chain.appendAll(em, events));
            long end = f.inTransaction(em -> AuditChain.end(em).seq());

            Lines all = export(f, new AuditFilter(null, null, null, null, null, null), end, AuditExportFormat.JSONL);
            assertEquals(RECORDS, all.lines.size());
            assertTrue(
                    all.largestSlice <= AuditService.SLICE && all.slices == RECORDS / AuditService.SLICE + 1,
                    () -> all.slices + " slices");
            String previous = "0".repeat(64);
            long seq = 0;
            for (String line : all.lines) {
                JsonObject o = JSON.createReader(new StringReader(line)).readObject();
                assertEquals(++seq, o.getJsonNumber("seq").longValue(), "oldest first, no number missing");
                assertEquals(previous, o.getString("prevHash"), "each record links to the one before, as in the chain");
                assertEquals("hmac-sha256", o.getString("hashScheme"));
                assertEquals(TestAudit.KEY.id(), o.getString("hashKeyId"));
                previous = o.getString("hash");
            }
            JsonObject seventh =
                    JSON.createReader(new StringReader(all.lines.get(7))).readObject();
            assertEquals(
                    "{\"code\":{\"before\":null,\"after\":\"=HT-7\"}}",
                    seventh.getString("changes"),
                    "the changes exactly as stored and hashed");
            assertEquals("-detail", seventh.getString("detail"));
            assertEquals(
                    f.inTransaction(em -> em.find(AuditEntry.class, 8L).hashedTime()), seventh.getString("occurredAt"));
            assertTrue(seventh.isNull("actorRole") == false && seventh.isNull("entityName"));

            Lines projects = export(
                    f,
                    new AuditFilter("project", null, null, AuditAction.CREATE, null, null),
                    end - 10,
                    AuditExportFormat.CSV);
            String header = projects.lines.get(0);
            assertEquals("\uFEFF" + String.join(",", AuditExportWriter.COLUMNS), header);
            long expected = events.subList(0, (int) end - 10).stream()
                    .filter(e -> e.entityKind().equals("project") && e.action() == AuditAction.CREATE)
                    .count();
            assertEquals(expected, projects.lines.size() - 1, "the filter and the upper bound apply");
            assertTrue(
                    projects.lines
                            .get(1)
                            .contains("\"{\"\"code\"\":{\"\"before\"\":null,\"\"after\"\":\"\"=HT-0\"\"}}\""),
                    projects.lines.get(1));
            assertTrue(projects.lines.stream().skip(1).allMatch(l -> l.contains(",CREATE,project,")));
        }
    }

    private record Lines(List<String> lines, int slices, int largestSlice) {}

    /** Exports as the API does: slice after slice, each read in a transaction of its own, written as it comes. */
    private static Lines export(TestDatabase.Fixture f, AuditFilter filter, long upTo, AuditExportFormat format)
            throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int slices = 0;
        int largest = 0;
        try (AuditExportWriter w = new AuditExportWriter(new Unclosed(file), format)) {
            long after = 0;
            List<AuditEntry> slice;
            do {
                long from = after;
                slice = f.inTransaction(em -> AuditRecords.slice(em, filter, from, upTo, AuditService.SLICE));
                slices++;
                largest = Math.max(largest, slice.size());
                for (AuditEntry a : slice) {
                    w.write(a, null, Map.of());
                    after = a.getSeq();
                }
                w.flush();
            } while (slice.size() == AuditService.SLICE);
        }
        String text = file.toString(StandardCharsets.UTF_8);
        List<String> lines = format == AuditExportFormat.JSONL ? text.lines().toList() : List.of(text.split("\r\n"));
        return new Lines(lines, slices, largest);
    }

    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }
    }
}
