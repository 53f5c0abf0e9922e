package org.hetao.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of one scenario: rows of latency and throughput, each compared with the scenario's
 * baseline row, and free-form figures. Printed as Markdown and written as Markdown and JSON under
 * the results directory.
 */
public final class Report {
    private final String scenario;
    private final int scale;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private Row baseline;

    public Report(String scenario, int scale) {
        this.scenario = scenario;
        this.scale = scale;
    }

    /** One measured subject. */
    public record Row(String name, Latencies latencies, boolean baseline) {}

    public Report baseline(String name, Latencies l) {
        baseline = new Row(name, l, true);
        rows.add(baseline);
        return this;
    }

    public Report row(String name, Latencies l) {
        rows.add(new Row(name, l, false));
        return this;
    }

    public Report figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
        return this;
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(scenario).append(" (scale ").append(scale).append(")\n\n");
        if (!rows.isEmpty()) {
            b.append("| subject | n | p50 ms | p95 ms | p99 ms | ops/s | p50 ratio | p99 ratio | ops/s ratio |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                Latencies l = r.latencies();
                b.append("| ")
                        .append(r.name())
                        .append(r.baseline() ? " (baseline)" : "")
                        .append(" | ")
                        .append(l.count())
                        .append(" | ")
                        .append(f(l.ms(50)))
                        .append(" | ")
                        .append(f(l.ms(95)))
                        .append(" | ")
                        .append(f(l.ms(99)))
                        .append(" | ")
                        .append(f(l.throughput()))
                        .append(" | ")
                        .append(ratio(
                                l.ms(50),
                                baseline == null ? 0 : baseline.latencies().ms(50)))
                        .append(" | ")
                        .append(ratio(
                                l.ms(99),
                                baseline == null ? 0 : baseline.latencies().ms(99)))
                        .append(" | ")
                        .append(ratio(
                                l.throughput(),
                                baseline == null ? 0 : baseline.latencies().throughput()))
                        .append(" |\n");
            }
            b.append('\n');
        }
        figures.forEach(
                (k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }

    public String json() {
        StringBuilder b = new StringBuilder("{\"scenario\":")
                .append(q(scenario))
                .append(",\"scale\":")
                .append(scale)
                .append(",\"at\":")
                .append(q(Instant.now().toString()))
                .append(",\"rows\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Latencies l = r.latencies();
            b.append(i == 0 ? "" : ",")
                    .append("{\"name\":")
                    .append(q(r.name()))
                    .append(",\"baseline\":")
                    .append(r.baseline())
                    .append(",\"n\":")
                    .append(l.count())
                    .append(",\"p50Ms\":")
                    .append(f(l.ms(50)))
                    .append(",\"p95Ms\":")
                    .append(f(l.ms(95)))
                    .append(",\"p99Ms\":")
                    .append(f(l.ms(99)))
                    .append(",\"opsPerSecond\":")
                    .append(f(l.throughput()))
                    .append('}');
        }
        b.append("],\"figures\":{");
        int i = 0;
        for (Map.Entry<String, String> e : figures.entrySet()) {
            b.append(i++ == 0 ? "" : ",").append(q(e.getKey())).append(':').append(q(e.getValue()));
        }
        return b.append("}}\n").toString();
    }

    /** Prints the Markdown and writes {@code <scenario>.md} and {@code <scenario>.json}. */
    public void publish(Path dir) throws IOException {
        String md = markdown();
        System.out.println(md);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(scenario + ".md"), md);
        Files.writeString(dir.resolve(scenario + ".json"), json());
    }

    static String f(double d) {
        return d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String ratio(double value, double base) {
        return base <= 0 ? "—" : String.format(Locale.ROOT, "%.2fx", value / base);
    }

    private static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
