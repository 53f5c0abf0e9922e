package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The uber-jar started and stopped as users run it. While it starts, every answer on its port is 503
 * problem+json with Retry-After (code starting) until it is ready, liveness is 200 and readiness 503
 * then 200. Stopped with SIGTERM while writers create projects and change ownership shares, it exits
 * 0 within the drain time and a margin; the writers saw only 2xx, 412 or 503 problem+json with
 * Retry-After, never a 500 or an answer that is not JSON; the stop logged no error; and after a
 * restart every acknowledged write is there, and an import that was running is FAILED with nothing of
 * it written. On the embedded H2 database and on PostgreSQL.
 */
class GracefulStopIT {
    private static final int WRITERS = 3;
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration MARGIN = Duration.ofSeconds(20);
    private static final Set<String> STOP_CODES = Set.of("stopping", "database-unavailable");
    private static final int IMPORT_ROWS = 20_000;

    @Test
    void startsWith503sAndStopsOnSigtermWithoutAnErrorOnH2() throws Exception {
        startWriteStopRestart(Files.createTempDirectory("registry-stop-h2"), Map.of());
    }

    @Test
    void startsWith503sAndStopsOnSigtermWithoutAnErrorOnPostgresql() throws Exception {
        Path dataDir = Files.createTempDirectory("registry-stop-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE registry LOGIN PASSWORD 'Pg-Stop-2026'");
                s.execute("CREATE DATABASE registry OWNER registry");
            }
            startWriteStopRestart(dataDir, Map.of(
                    "REGISTRY_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/registry",
                    "REGISTRY_DB_USER", "registry",
                    "REGISTRY_DB_PASSWORD", "Pg-Stop-2026"));
        }
    }

    private void startWriteStopRestart(Path dataDir, Map<String, String> env) throws Exception {
        RegistryProcess registry = RegistryProcess.launch(dataDir, env);
        try {
            watchStartUp(registry);
            CrashDurabilityIT.Acknowledged acked = new CrashDurabilityIT.Acknowledged();
            Api admin = registry.api().asAdmin();
            long[] owners = {CrashDurabilityIT.created(admin.post("api/institutions", CrashDurabilityIT.institution("HK", "HK"))),
                    CrashDurabilityIT.created(admin.post("api/institutions", CrashDurabilityIT.institution("MAINLAND", "CN")))};
            long project = CrashDurabilityIT.created(admin.post("api/projects",
                    CrashDurabilityIT.project("HT-S" + System.nanoTime() % 100_000_000, owners)));
            acked.projects.put(project, admin.get("api/projects/" + project).json().getString("code"));
            long[] assets = new long[WRITERS];
            for (int w = 0; w < WRITERS; w++) {
                assets[w] = CrashDurabilityIT.created(admin.post("api/ip-assets", CrashDurabilityIT.asset(project)));
                acked.ownership.put(assets[w], 0);
            }

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(admin, writer, owners, assets[writer], acked, refused, stop));
            }
            Instant firstWrites = Instant.now().plusSeconds(60);
            while (acked.projects.size() < 1 + 2 * WRITERS && Instant.now().isBefore(firstWrites)) {
                Thread.sleep(50);
            }
            assertTrue(acked.projects.size() >= 1 + 2 * WRITERS, "the writers were writing when the registry was told to stop");

            long job = runningImport(admin);

            Path log = registry.log();
            Instant term = Instant.now();
            registry.signalTerm();
            String readiness = readinessAfterTerm(registry.base());
            int exit = registry.awaitExit(DRAIN.plus(MARGIN));
            Duration took = Duration.between(term, Instant.now());
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stopped");
            assertEquals(0, exit, () -> "exit code after SIGTERM (-1: still running after " + DRAIN.plus(MARGIN) + "); see " + log);
            assertTrue(readiness.equals("503") || readiness.equals("closed"), "readiness right after SIGTERM: " + readiness);
            assertTrue(acked.unexpected.isEmpty(), () -> "answers other than 2xx, 412 or 503 problem+json with Retry-After: " + acked.unexpected);
            stopLoggedNoError(log);
            System.out.println("Stopped in " + took.toMillis() + " ms; " + acked.projects.size() + " projects acknowledged; "
                    + refused.get() + " request(s) answered 503 while stopping");

            registry = RegistryProcess.start(dataDir, env);
            Api after = registry.api().asAdmin();
            CrashDurabilityIT.everyAcknowledgedWriteIsThere(after, acked);
            JsonObject stopped = after.get("api/imports/" + job).json();
            assertEquals("FAILED", stopped.getString("state"), stopped::toString);
            assertTrue(stopped.getString("message").contains("nothing of it was written"), stopped::toString);
            assertEquals(0, after.get("api/projects?q=STOPX-&size=1").json().getInt("total"), "nothing of the import was written");
        } finally {
            registry.close();
        }
    }

    /** Uploads an import large enough to be still running when the stop comes, and waits until it runs. */
    private static long runningImport(Api admin) throws InterruptedException {
        assertEquals(201, admin.post("api/institutions", """
                {"shortName":"STOPX","name":{"en":"Stop test"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}""").status());
        StringBuilder file = new StringBuilder("ref,code,title_en,site,status,start_date,confidentiality,participants\n");
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            file.append("S-").append(i).append(",STOPX-").append(i).append(",Project ").append(i)
                    .append(",HK_PARK,ACTIVE,2025-01-01,PUBLIC,STOPX|LEAD\n");
        }
        Api.Reply r = admin.send("POST", "api/imports?kind=projects", file.toString(), Map.of("Content-Type", "text/csv"));
        assertEquals(202, r.status(), r::toString);
        Instant end = Instant.now().plusSeconds(120);
        JsonObject j;
        do {
            Thread.sleep(50);
            j = admin.get("api/imports/" + r.id()).json();
        } while (!Set.of("VALIDATING", "IMPORTING", "SUCCEEDED", "FAILED", "REJECTED").contains(j.getString("state"))
                && Instant.now().isBefore(end));
        String state = j.getString("state");
        assertTrue(state.equals("VALIDATING") || state.equals("IMPORTING"), "the import runs when the stop comes: " + j);
        return r.id();
    }

    /**
     * Polls the API, liveness and readiness from the moment the process starts until it is ready:
     * a closed port is fine; an answer is 503 problem+json code starting with Retry-After (or, once
     * the application serves, its own JSON answer); liveness is 200 whenever the port answers;
     * readiness is 503 until it turns 200.
     */
    private static void watchStartUp(RegistryProcess registry) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant end = Instant.now().plusSeconds(300);
        List<String> wrong = new ArrayList<>();
        int starting = 0;
        boolean served = false;
        while (true) {
            assertTrue(registry.isAlive(), () -> "the registry exited while starting; see " + registry.log());
            assertTrue(Instant.now().isBefore(end), () -> "not ready within 300 s; see " + registry.log());
            HttpResponse<String> api = get(http, registry.base().resolve("api/institutions"));
            if (api != null) {
                if (api.statusCode() == 503 && !served) {
                    JsonObject problem = problem(api, wrong);
                    if (problem != null && "starting".equals(problem.getString("code", null))) {
                        starting++;
                    } else {
                        wrong.add("API: 503 without the code starting: " + api.body());
                    }
                } else if (api.statusCode() == 200 || api.statusCode() == 401) {
                    served = true;
                    if (!api.headers().firstValue("Content-Type").orElse("").contains("json")) {
                        wrong.add("API: " + api.statusCode() + " not JSON");
                    }
                } else {
                    wrong.add("API: " + api.statusCode() + " " + api.headers().firstValue("Content-Type").orElse("") + " " + api.body());
                }
            }
            HttpResponse<String> live = get(http, registry.base().resolve("health/live"));
            if (live != null && live.statusCode() != 200) {
                wrong.add("live: " + live.statusCode() + " " + live.body());
            }
            HttpResponse<String> ready = get(http, registry.base().resolve("health/ready"));
            if (ready != null && ready.statusCode() == 200) {
                break;
            }
            if (ready != null && (ready.statusCode() != 503 || !ready.headers().firstValue("Content-Type").orElse("").contains("json"))) {
                wrong.add("ready: " + ready.statusCode() + " " + ready.body());
            }
            Thread.sleep(100);
        }
        assertTrue(wrong.isEmpty(), () -> "wrong answers while starting: " + wrong);
        assertTrue(starting > 0, "the port answered 503 starting while the registry started");
    }

    private static JsonObject problem(HttpResponse<String> r, List<String> wrong) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                || r.headers().firstValue("Retry-After").isEmpty()) {
            wrong.add(r.statusCode() + " without problem+json and Retry-After: " + r.headers().map());
            return null;
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null; // not listening (yet, or for the moment between the two listeners)
        }
    }

    /** What readiness answers once the stop has begun: 503, or "closed" if the port closed first. */
    private static String readinessAfterTerm(URI base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant end = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> r = get(http, base.resolve("health/ready"));
            if (r == null) {
                return "closed";
            }
            if (r.statusCode() != 200) {
                return Integer.toString(r.statusCode());
            }
            Thread.sleep(20);
        }
        return "still 200 after 10 s";
    }

    /** Projects and ownership changes, over and over, until the registry is gone; records what was acknowledged. */
    private static void write(Api api, int writer, long[] owners, long asset, CrashDurabilityIT.Acknowledged acked,
                              AtomicInteger refused, AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            Api.Reply r;
            try {
                if (n++ % 4 < 3) {
                    String code = "HT-G%d%06d".formatted(writer, n);
                    r = api.post("api/projects", CrashDurabilityIT.project(code, owners));
                    if (r.status() == 201) {
                        acked.projects.put(r.id(), code);
                        continue;
                    }
                } else {
                    int version = acked.ownership.get(asset);
                    r = api.put("api/ip-assets/" + asset + "/ownership", CrashDurabilityIT.shares(
                            LocalDate.of(2026, 1, 1).plusDays(version), owners, 1 + (n * 37) % 9_999), "\"" + version + "\"");
                    if (r.status() == 200) {
                        acked.ownership.put(asset, version + 1);
                        continue;
                    }
                    if (r.status() == 412) {
                        continue; // cannot happen with one writer per asset; the version stays what was acknowledged
                    }
                }
            } catch (RuntimeException e) {
                return; // the port closed: the registry has stopped
            }
            if (isStopAnswer(r)) {
                refused.incrementAndGet();
            } else {
                acked.unexpected.add(r.toString());
            }
        }
    }

    private static boolean isStopAnswer(Api.Reply r) {
        return r.status() == 503 && r.contentType() != null && r.contentType().startsWith("application/problem+json")
                && r.header("Retry-After") != null && STOP_CODES.contains(r.json().getString("code", ""));
    }

    /** From the SIGTERM on, the log has no SEVERE line and no stack trace. */
    private static void stopLoggedNoError(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        int from = 0;
        while (from < lines.size() && !lines.get(from).contains("SIGTERM")) {
            from++;
        }
        assertTrue(from < lines.size(), "the launcher logged the SIGTERM; see " + log);
        List<String> errors = lines.subList(from, lines.size()).stream()
                .filter(l -> l.contains("SEVERE") || l.startsWith("\tat ") || l.contains("Exception")).toList();
        assertTrue(errors.isEmpty(), () -> "errors logged while stopping (" + log + "): " + errors);
    }
}
