package org.hetao.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hetao.registry.config.RegistryDataSource;

/**
 * Scenario "durability": what forcing H2 commits to disk costs. The same write loop (a transaction
 * of three inserts, shaped like a registry write: the record, its audit row, its outbox row) runs
 * in one run against fresh embedded H2 databases three ways: as H2 leaves commits by default
 * (written to the file up to 500 ms later, never forced to the disk), with {@code WRITE_DELAY=0}
 * (written at commit, not forced), and through the registry's own data source (forced to the disk
 * before {@code commit()} returns, concurrent commits sharing one fsync). With 1, 4 and 16 writers,
 * each for {@value #SECONDS} s ({@value #QUICK_SECONDS} s in a quick run).
 */
public final class DurabilityBench {
    static final int SECONDS = 8;
    static final int QUICK_SECONDS = 1;
    static final int[] WRITERS = {1, 4, 16};

    private DurabilityBench() {}

    /** How the connections are made. */
    private interface Connections {
        Connection open() throws SQLException;
    }

    public static Report run(Options o) throws Exception {
        long nanos = (o.quick() ? QUICK_SECONDS : SECONDS) * 1_000_000_000L;
        Path root = Files.createTempDirectory("bench-durability");
        Report report = new Report("durability", o.scale());
        for (int writers : WRITERS) {
            Latencies old = loop(h2(root, "default-" + writers, ""), writers, nanos);
            long oldBytes = fileSize(root, "default-" + writers);
            Latencies written = loop(h2(root, "write-delay-0-" + writers, ";WRITE_DELAY=0"), writers, nanos);
            long writtenBytes = fileSize(root, "write-delay-0-" + writers);
            Latencies forced = loop(registry(root, "forced-" + writers), writers, nanos);
            long forcedBytes = fileSize(root, "forced-" + writers);
            String w = writers + " writer" + (writers == 1 ? "" : "s");
            if (writers == 1) {
                report.baseline("H2 default (not forced), " + w, old);
            } else {
                report.row("H2 default (not forced), " + w, old);
            }
            report.row("H2 WRITE_DELAY=0 (written, not forced), " + w, written)
                    .row("registry data source (forced, group commit), " + w, forced)
                    .figure("forced ÷ default commits/s, " + w, ratio(forced.throughput(), old.throughput()))
                    .figure("WRITE_DELAY=0 ÷ default commits/s, " + w, ratio(written.throughput(), old.throughput()))
                    .figure(
                            "database file MB after the run (default / WRITE_DELAY=0 / forced), " + w,
                            mb(oldBytes) + " / " + mb(writtenBytes) + " / " + mb(forcedBytes));
        }
        return report;
    }

    private static Connections h2(Path root, String name, String settings) {
        String url = "jdbc:h2:file:" + root.resolve(name).resolve("db") + settings;
        return () -> DriverManager.getConnection(url, "registry", "registry");
    }

    private static Connections registry(Path root, String name) {
        RegistryDataSource ds = new RegistryDataSource();
        ds.setUrl("jdbc:h2:file:" + root.resolve(name).resolve("db"));
        ds.setUser("registry");
        ds.setPassword("registry");
        return ds::getConnection;
    }

    /** Runs {@code writers} threads committing transactions for {@code nanos}; one latency per commit. */
    private static Latencies loop(Connections connections, int writers, long nanos) throws Exception {
        try (Connection c = connections.open();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE record(id BIGINT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(32), title VARCHAR(200), body VARCHAR(2000))");
            s.execute(
                    "CREATE TABLE audit(id BIGINT AUTO_INCREMENT PRIMARY KEY, entity_id BIGINT, detail VARCHAR(500), hash VARCHAR(64))");
            s.execute("CREATE TABLE outbox(id BIGINT AUTO_INCREMENT PRIMARY KEY, kind VARCHAR(32), entity_id BIGINT)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        long end = start + nanos;
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                write(connections, writer, end, latencies);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        latencies.wall(System.nanoTime() - start);
        pool.shutdown();
        return latencies;
    }

    private static void write(Connections connections, int writer, long end, Latencies latencies) throws SQLException {
        String body = "A joint project between a Hong Kong university and a Shenzhen institute. ".repeat(8);
        try (Connection c = connections.open();
                PreparedStatement record =
                        c.prepareStatement("INSERT INTO record(code, title, body) VALUES (?, ?, ?)");
                PreparedStatement audit =
                        c.prepareStatement("INSERT INTO audit(entity_id, detail, hash) VALUES (?, ?, ?)");
                PreparedStatement outbox =
                        c.prepareStatement("INSERT INTO outbox(kind, entity_id) VALUES ('project', ?)")) {
            c.setAutoCommit(false);
            for (long n = 0; System.nanoTime() < end; n++) {
                long t = System.nanoTime();
                record.setString(1, "HT-" + writer + "-" + n);
                record.setString(2, "Durability trial " + n);
                record.setString(3, body);
                record.executeUpdate();
                audit.setLong(1, n);
                audit.setString(2, "created project HT-" + writer + "-" + n);
                audit.setString(3, Long.toHexString(t) + Long.toHexString(n));
                audit.executeUpdate();
                outbox.setLong(1, n);
                outbox.executeUpdate();
                c.commit();
                latencies.record(System.nanoTime() - t);
            }
        }
    }

    /** The size of the database file as the loop left it, before H2 compacts it on close; then closes it. */
    private static long fileSize(Path root, String name) throws Exception {
        Path file = root.resolve(name).resolve("db.mv.db");
        long size = Files.size(file);
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + root.resolve(name).resolve("db"), "registry", "registry");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        return size;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", b == 0 ? 0 : a / b);
    }
}
