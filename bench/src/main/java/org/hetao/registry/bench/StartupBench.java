package org.hetao.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 7: time from process start to ready, for an empty Payara Micro (nothing deployed, ready
 * when its port answers) and for the registry (ready when {@code /health/ready} is 200) on an empty
 * data directory and on one holding the corpus's projects; resident and heap memory of each.
 */
public final class StartupBench {
    private StartupBench() {}

    public static Report run(Options o) throws Exception {
        int runs = 1;
        Path work = Files.createTempDirectory("bench-startup");
        Report report = new Report("startup", o.scale());
        try {
            if (!o.quick()) {
                Latencies empty = new Latencies();
                String emptyMem = "";
                for (int i = 0; i < runs; i++) {
                    try (RegistryProcess p =
                            RegistryProcess.emptyPayara(payaraJar(), work.resolve("payara-" + i + ".log"), "512m")) {
                        empty.record((long) (p.readyMs() * 1e6));
                        emptyMem = mem(p);
                    }
                }
                report.baseline("empty Payara Micro " + payaraJar().getFileName(), empty)
                        .figure("memory, empty Payara Micro", emptyMem);
            }
            if (o.quick()) {
                // The CI smoke measures one start only: that of the run's shared registry (corpus in the database,
                // index rebuilt after ready).
                LoadedRegistry reg = LoadedRegistry.shared(o);
                Latencies one = new Latencies();
                one.record((long) (reg.process().readyMs() * 1e6));
                return report.row(
                                "registry, " + reg.projects()
                                        + " projects, index missing (smoke: the shared registry's one start)",
                                one)
                        .figure("memory", mem(reg.process()));
            }
            Latencies zero = new Latencies();
            String zeroMem = "";
            for (int i = 0; i < runs; i++) {
                try (RegistryProcess p =
                        RegistryProcess.registry(o.uberJar(), work.resolve("empty-" + i), "512m", Map.of())) {
                    zero.record((long) (p.readyMs() * 1e6));
                    zeroMem = mem(p);
                }
            }
            report.row("registry, 0 projects", zero).figure("memory, registry at 0 projects", zeroMem);
            Path data = work.resolve("loaded");
            Files.createDirectories(data.resolve("db"));
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(DirectLoader.h2Url(data));
            ds.setUser("registry");
            ds.setPassword("registry");
            org.hetao.registry.config.Migrations.apply(ds);
            long t = System.nanoTime();
            int projects = DirectLoader.load(data, new Corpus(o.scale(), o.seed()));
            double loadS = (System.nanoTime() - t) / 1e9;
            // The first start rebuilds the missing index from the database; the measured starts find it intact.
            try (RegistryProcess p = RegistryProcess.registry(o.uberJar(), data, "2g", Map.of())) {
                Api api = new Api(p.base());
                api.signIn();
                while (!api.get("api/admin/search/status").body().contains("\"rebuilding\":false")) {
                    Thread.sleep(500);
                }
            }
            Latencies full = new Latencies();
            String fullMem = "";
            for (int i = 0; i < runs; i++) {
                try (RegistryProcess p = RegistryProcess.registry(o.uberJar(), data, "2g", Map.of())) {
                    full.record((long) (p.readyMs() * 1e6));
                    fullMem = mem(p);
                }
            }
            report.row("registry, " + projects + " projects", full);
            restartAfterWrite(report, o, data, projects);
            report.figure("runs per subject", runs)
                    .figure("memory, registry at " + projects + " projects", fullMem)
                    .figure(
                            "corpus",
                            String.format(
                                    Locale.ROOT,
                                    "%d projects written into H2 with JDBC batches in %.1f s (DirectLoader); "
                                            + "index rebuilt by an unmeasured first start",
                                    projects,
                                    loadS))
                    .figure("data directory size", (sizeOf(data) / (1024 * 1024)) + " MiB");
            return report;
        } finally {
            PgSearchBench.deleteTree(work);
        }
    }

    /**
     * A restart as an operator makes one: a record written just before SIGTERM, then a start on the
     * same data directory. Measures the stop, the start to ready, and how long after ready the record
     * is found by search (and whether the first search finds it), and whether the start compared the whole
     * index with the database or rebuilt it (it should do neither after a clean stop).
     */
    static void restartAfterWrite(Report report, Options o, Path data, int projects) throws Exception {
        String marker = "Restartbench" + Long.toString(System.nanoTime(), 36);
        long stopNanos;
        try (RegistryProcess p = RegistryProcess.registry(o.uberJar(), data, "2g", Map.of())) {
            Api api = new Api(p.base());
            api.signIn();
            api.create("api/institutions", """
                    {"shortName":"%s","name":{"en":"%s institute","zhHant":"重啟測試","zhHans":"重启测试"},
                     "kind":"ENTERPRISE","jurisdiction":"OVERSEAS","country":"GB"}""".formatted(marker.substring(0, 12).toUpperCase(Locale.ROOT), marker));
            long t = System.nanoTime();
            p.close();
            stopNanos = System.nanoTime() - t;
        }
        Latencies restart = new Latencies();
        long searchableMs;
        int searches;
        Path log;
        try (RegistryProcess p = RegistryProcess.registry(o.uberJar(), data, "2g", Map.of())) {
            restart.record((long) (p.readyMs() * 1e6));
            Api api = new Api(p.base());
            api.signIn();
            long ready = System.nanoTime();
            searches = 1;
            while (!found(api.get("api/search?type=institution&q=" + marker).body())) {
                if (System.nanoTime() - ready > 120_000_000_000L) {
                    throw new IllegalStateException(
                            "The record written before the stop was not searchable within 120 s; see " + p.log());
                }
                Thread.sleep(50);
                searches++;
            }
            searchableMs = (System.nanoTime() - ready) / 1_000_000;
            log = p.log();
        }
        String startLog = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        report.row("registry, " + projects + " projects, restart after SIGTERM with a write just before it", restart)
                .figure("stop after SIGTERM (process exit)", String.format(Locale.ROOT, "%.1f s", stopNanos / 1e9))
                .figure(
                        "write made before the stop, searchable after the restart's ready",
                        searches == 1
                                ? "at the first search (answered " + searchableMs + " ms after ready)"
                                : "at search " + searches + ", " + searchableMs + " ms after ready")
                .figure(
                        "restart compared the whole index with the database",
                        startLog.contains("The search index matches the database")
                                        || startLog.contains("The search index differed from the database")
                                ? "yes"
                                : "no")
                .figure("restart rebuilt the index", startLog.contains("Rebuilding the search index") ? "yes" : "no");
    }

    /** Whether a search answer's total is one (JSON-B writes {@code "total":{"exact":true,"value":1}}). */
    static boolean found(String searchAnswer) {
        return searchAnswer.contains("\"value\":1}") || searchAnswer.contains("\"value\":1,");
    }

    static String mem(RegistryProcess p) throws Exception {
        double rss = p.residentMib();
        double heap = p.heapUsedAfterGcMib();
        return String.format(Locale.ROOT, "RSS %.0f MiB, heap used after full GC %.0f MiB", rss, heap);
    }

    static Path payaraJar() {
        String configured = System.getProperty("bench.payaraJar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path copied = Path.of("bench/target/payara-micro.jar");
        if (Files.isRegularFile(copied)) {
            return copied;
        }
        return Path.of(
                System.getProperty("user.home"),
                ".m2",
                "repository",
                "fish",
                "payara",
                "extras",
                "payara-micro",
                "6.2025.10",
                "payara-micro-6.2025.10.jar");
    }

    static long sizeOf(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
