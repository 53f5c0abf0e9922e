package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The registry as users run it (the uber-jar), started, killed outright (SIGKILL) several times while
 * writers create projects and change ownership shares through the API, restarted on the same data
 * each time, and at last stopped with SIGTERM under the same load and an import ({@link GracefulStop}):
 * while it starts, every answer is 503 problem+json until it is ready; the stop drains and exits 0
 * with no answer but 2xx, 412 or 503; and afterwards every write that was answered 2xx is still there,
 * every ownership still sums to 10,000 bp, the audit chain is intact, the interrupted import left
 * nothing, and the search index holds exactly the records of the database. On the embedded H2
 * database and on PostgreSQL.
 */
class CrashDurabilityIT {
    private static final int WRITERS = 3;
    /**
     * Kills on H2, whose durability is the registry's own doing; PostgreSQL's is PostgreSQL's, so fewer
     * there. A longer soak: {@code -Dkills.h2=25}.
     */
    private static final int KILLS_H2 = Integer.getInteger("kills.h2", 3);

    private static final int KILLS_POSTGRESQL = 2;
    private static final Duration WRITING = Duration.ofSeconds(4);

    @Test
    void acknowledgedWritesSurviveKillsAndAStopOnH2() throws Exception {
        survivesKills(Files.createTempDirectory("registry-crash-h2"), Map.of(), KILLS_H2);
    }

    @Test
    void acknowledgedWritesSurviveKillsAndAStopOnPostgresql() throws Exception {
        Path dataDir = Files.createTempDirectory("registry-crash-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE registry LOGIN PASSWORD 'Pg-Crash-2026'");
                s.execute("CREATE DATABASE registry OWNER registry");
            }
            survivesKills(
                    dataDir,
                    Map.of(
                            "REGISTRY_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/registry",
                            "REGISTRY_DB_USER", "registry",
                            "REGISTRY_DB_PASSWORD", "Pg-Crash-2026"),
                    KILLS_POSTGRESQL);
        }
    }

    /** What the writers were told: projects created (id → code) and the last ownership version of each asset. */
    static final class Acknowledged {
        final Map<Long, String> projects = new ConcurrentHashMap<>();
        final Map<Long, Integer> ownership = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    }

    private void survivesKills(Path dataDir, Map<String, String> env, int kills) throws Exception {
        Acknowledged acked = new Acknowledged();
        long[] owners;
        long[] assets = new long[WRITERS];
        long project;
        RegistryProcess registry = GracefulStop.startWatched(dataDir, env);
        try {
            Api admin = registry.api().asAdmin();
            owners = new long[] {
                created(admin.post("api/institutions", institution("HK", "HK"))),
                created(admin.post("api/institutions", institution("MAINLAND", "CN")))
            };
            project = created(admin.post("api/projects", project("HT-C" + System.nanoTime() % 100_000_000, owners)));
            acked.projects.put(
                    project, admin.get("api/projects/" + project).json().getString("code"));
            for (int w = 0; w < WRITERS; w++) {
                assets[w] = created(admin.post("api/ip-assets", asset(project)));
                acked.ownership.put(assets[w], 0);
            }
            for (int round = 0; round < kills; round++) {
                if (round > 0) {
                    registry = RegistryProcess.start(dataDir, env);
                }
                writeThenKill(registry, round, owners, assets, acked);
            }
            assertTrue(
                    acked.unexpected.isEmpty(),
                    () -> "answers other than 2xx or a broken connection: " + acked.unexpected);
            registry = RegistryProcess.start(dataDir, env);
            long stoppedImport = GracefulStop.stopUnderLoad(registry, owners, assets, acked);
            registry = RegistryProcess.start(dataDir, env);
            Api after = registry.api().asAdmin();
            everyAcknowledgedWriteIsThere(after, acked);
            GracefulStop.importLeftNothing(after, stoppedImport);
            indexMatchesDatabase(after);
        } finally {
            registry.close();
        }
    }

    /** Runs the writers for a while, kills the registry under them, and waits for them to notice. */
    private static void writeThenKill(
            RegistryProcess registry, int round, long[] owners, long[] assets, Acknowledged acked)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        // signed in before the clock starts: a sign-in (PBKDF2) on a loaded machine can take longer than the writing
        Api admin = registry.api().asAdmin();
        int before = acked.projects.size();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> write(admin, round, writer, owners, assets[writer], acked, stop));
        }
        await("the writers are writing")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> acked.projects.size() >= before + WRITERS);
        Thread.sleep(WRITING.toMillis()); // the writers write for a while: the kill comes in the middle of it
        assertTrue(acked.projects.size() > before + WRITERS, "the writers were writing when the registry was killed");
        registry.kill();
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stopped after the kill");
    }

    /** Three projects, then one ownership change, over and over; records only what was answered 2xx. */
    private static void write(
            Api api, int round, int writer, long[] owners, long asset, Acknowledged acked, AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            try {
                if (n++ % 4 < 3) {
                    String code = "HT-K%d%d%06d".formatted(round, writer, n);
                    Api.Reply r = api.post("api/projects", project(code, owners));
                    if (r.status() == 201) {
                        acked.projects.put(r.id(), code);
                    } else {
                        acked.unexpected.add(r.toString());
                    }
                } else {
                    int version = acked.ownership.get(asset);
                    int hk = 1 + (n * 37) % 9_999;
                    Api.Reply r = api.put(
                            "api/ip-assets/" + asset + "/ownership",
                            shares(LocalDate.of(2026, 1, 1).plusDays(version), owners, hk),
                            "\"" + version + "\"");
                    if (r.status() == 200) {
                        acked.ownership.put(asset, version + 1);
                    } else if (r.status() == 412) {
                        // a change sent just before the last kill was committed but never answered: go on from it
                        acked.ownership.put(
                                asset,
                                Integer.parseInt(api.get("api/ip-assets/" + asset + "/ownership")
                                        .etag()
                                        .replace("\"", "")));
                    } else {
                        acked.unexpected.add(r.toString());
                    }
                }
            } catch (RuntimeException e) {
                return; // the registry was killed: this write was never answered
            }
        }
    }

    static void everyAcknowledgedWriteIsThere(Api admin, Acknowledged acked) {
        List<String> lost = new ArrayList<>();
        acked.projects.forEach((id, code) -> {
            Api.Reply r = admin.get("api/projects/" + id);
            if (r.status() != 200 || !code.equals(r.json().getString("code"))) {
                lost.add("project " + id + " " + code + " → " + r.status());
            }
        });
        assertTrue(
                lost.isEmpty(),
                () -> lost.size() + " of " + acked.projects.size() + " acknowledged projects are lost: " + lost);
        acked.ownership.forEach((asset, version) -> {
            Api.Reply r = admin.get("api/ip-assets/" + asset + "/ownership");
            assertEquals(200, r.status(), r::toString);
            int stored = Integer.parseInt(r.etag().replace("\"", ""));
            assertTrue(
                    stored >= version,
                    () -> "asset " + asset + " was acknowledged at ownership version " + version + " but holds version "
                            + stored);
            if (stored > 0) {
                JsonArray shares = r.json().getJsonObject("current").getJsonArray("shares");
                int sum = shares.stream()
                        .mapToInt(s -> s.asJsonObject().getInt("shareBp"))
                        .sum();
                assertEquals(10_000, sum, () -> "the shares of asset " + asset + " sum to " + sum + " bp");
            }
        });
        JsonObject verify = admin.get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
    }

    /** Once the outbox is drained, the index holds one document per record of each type. */
    static void indexMatchesDatabase(Api admin) throws InterruptedException {
        JsonObject status = await("the index has no pending changes and is not rebuilding")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> admin.get("api/admin/search/status").json(),
                        s -> s.getJsonNumber("pendingChanges").longValue() == 0 && !s.getBoolean("rebuilding"));
        long records = 0;
        for (String type : List.of("institutions", "people", "projects", "ip-assets")) {
            records += admin.get("api/" + type + "?size=1")
                    .json()
                    .getJsonNumber("total")
                    .longValue();
        }
        assertEquals(
                records,
                status.getJsonNumber("documents").longValue(),
                "index documents vs database records: " + status);
        JsonObject compared =
                admin.post("api/admin/search/reconcile", null).json().getJsonObject("lastReconciliation");
        assertEquals(records, compared.getJsonNumber("records").longValue(), compared::toString);
        assertEquals(0, compared.getInt("missing") + compared.getInt("orphaned"), compared::toString);
    }

    static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    static String institution(String jurisdiction, String country) {
        return """
                {"shortName":"C%s","name":{"en":"Crash test institution"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(
                        Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(), jurisdiction, country);
    }

    static String project(String code, long[] owners) {
        return """
                {"code":"%s","title":{"en":"Crash durability trial","zhHant":"崩潰持久性試驗","zhHans":"崩溃持久性试验"},
                 "site":"BOTH","status":"ACTIVE","startDate":"2025-01-01","confidentiality":"PUBLIC",
                 "participants":[{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}]}
                """.formatted(code, owners[0], owners[1]);
    }

    static String asset(long project) {
        return """
                {"projectId":%d,"type":"PATENT_APPLICATION","title":{"en":"Crash-safe gripper"},
                 "publicSummary":"A gripper that keeps its grip through power cuts, licensable non-exclusively.",
                 "readinessLevel":4,"licensing":"NON_EXCLUSIVE","confidentiality":"PUBLIC","filings":[],"inventors":[]}
                """.formatted(project);
    }

    /** An administrator's change with both owners' approvals recorded on their behalf (they have no office account): it takes effect at once. */
    static String shares(LocalDate effectiveFrom, long[] owners, int hkBp) {
        return Api.onBehalf(
                """
                {"effectiveFrom":"%s","reason":"Crash durability trial","shares":[{"institutionId":%d,"shareBp":%d},
                 {"institutionId":%d,"shareBp":%d}]}""".formatted(effectiveFrom, owners[0], hkBp, owners[1], 10_000 - hkBp), List.of(owners[0], owners[1]));
    }
}
