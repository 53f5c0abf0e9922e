package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The uber-jar started and stopped as users run it (used by {@link CrashDurabilityIT}). While it
 * starts, every answer on its port is 503 problem+json with Retry-After (code starting) until it is
 * ready, liveness is 200 and readiness 503 then 200. Stopped with SIGTERM while writers create
 * projects and change ownership shares, it exits 0 within the drain time and a margin; the writers
 * saw only 2xx, 412 or 503 problem+json with Retry-After, never a 500 or an answer that is not JSON;
 * the stop logged no error; and an import that was running is FAILED with nothing of it written.
 */
final class GracefulStop {
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration MARGIN = Duration.ofSeconds(20);
    private static final Set<String> STOP_CODES = Set.of("stopping", "database-unavailable");
    private static final int IMPORT_ROWS = 20_000;

    private GracefulStop() {}

    /** Starts the registry and watches every answer on its port until it is ready ({@link #watchStartUp}). */
    static RegistryProcess startWatched(Path dataDir, Map<String, String> env)
            throws IOException, InterruptedException {
        RegistryProcess registry = RegistryProcess.launch(dataDir, env);
        try {
            watchStartUp(registry);
        } catch (RuntimeException | Error | InterruptedException e) {
            registry.kill();
            throw e;
        }
        return registry;
    }

    /**
     * Writers create projects and change ownership shares, an import runs, and the registry is sent
     * SIGTERM: it exits 0 within the drain time and a margin, readiness turns 503 at once, the writers
     * saw only 2xx, 412 or 503 problem+json with Retry-After, and the stop logged no error.
     *
     * @return the id of the import that was running when the stop came
     */
    static long stopUnderLoad(
            RegistryProcess registry, long[] owners, long[] assets, CrashDurabilityIT.Acknowledged acked)
            throws Exception {
        Api admin = registry.api().asAdmin();
        int before = acked.projects.size();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(assets.length);
        for (int w = 0; w < assets.length; w++) {
            int writer = w;
            writers.submit(() -> write(admin, writer, owners, assets[writer], acked, refused, stop));
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertTrue(
                        acked.projects.size() >= before + 2 * assets.length,
                        "the writers were writing when the registry was told to stop"));

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
        assertEquals(
                0,
                exit,
                () -> "exit code after SIGTERM (-1: still running after " + DRAIN.plus(MARGIN) + "); see " + log);
        assertTrue(
                readiness.equals("503") || readiness.equals("closed"), "readiness right after SIGTERM: " + readiness);
        assertTrue(
                acked.unexpected.isEmpty(),
                () -> "answers other than 2xx, 412 or 503 problem+json with Retry-After: " + acked.unexpected);
        stopLoggedNoError(log);
        System.out.println("Stopped in " + took.toMillis() + " ms; " + acked.projects.size()
                + " projects acknowledged; " + refused.get() + " request(s) answered 503 while stopping");
        return job;
    }

    /** The import that the stop interrupted is FAILED, and nothing of it was written. */
    static void importLeftNothing(Api admin, long job) {
        JsonObject stopped = admin.get("api/imports/" + job).json();
        assertEquals("FAILED", stopped.getString("state"), stopped::toString);
        assertTrue(stopped.getString("message").contains("nothing of it was written"), stopped::toString);
        assertEquals(
                0,
                admin.get("api/projects?q=STOPX-&size=1").json().getInt("total"),
                "nothing of the import was written");
    }

    /** Uploads an import large enough to be still running when the stop comes, and waits until it runs. */
    private static long runningImport(Api admin) throws InterruptedException {
        assertEquals(201, admin.post("api/institutions", """
                {"shortName":"STOPX","name":{"en":"Stop test"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}""").status());
        StringBuilder file =
                new StringBuilder("ref,code,title_en,site,status,start_date,confidentiality,participants\n");
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            file.append("S-")
                    .append(i)
                    .append(",STOPX-")
                    .append(i)
                    .append(",Project ")
                    .append(i)
                    .append(",HK_PARK,ACTIVE,2025-01-01,PUBLIC,STOPX|LEAD\n");
        }
        Api.Reply r =
                admin.send("POST", "api/imports?kind=projects", file.toString(), Map.of("Content-Type", "text/csv"));
        assertEquals(202, r.status(), r::toString);
        JsonObject j = await("import job " + r.id() + " is under way")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> admin.get("api/imports/" + r.id()).json(),
                        job -> Set.of("VALIDATING", "IMPORTING", "SUCCEEDED", "FAILED", "REJECTED")
                                .contains(job.getString("state")));
        String state = j.getString("state");
        assertTrue(
                state.equals("VALIDATING") || state.equals("IMPORTING"), "the import runs when the stop comes: " + j);
        return r.id();
    }

    /**
     * Polls the API, liveness and readiness from the moment the process starts until it is ready:
     * a closed port is fine; an answer is 503 problem+json code starting with Retry-After (or, once
     * the application serves, its own JSON answer); liveness is 200 whenever the port answers;
     * readiness is 503 until it turns 200.
     */
    private static void watchStartUp(RegistryProcess registry) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
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
                    wrong.add("API: " + api.statusCode() + " "
                            + api.headers().firstValue("Content-Type").orElse("") + " " + api.body());
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
            if (ready != null
                    && (ready.statusCode() != 503
                            || !ready.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .contains("json"))) {
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
            wrong.add(r.statusCode() + " without problem+json and Retry-After: "
                    + r.headers().map());
            return null;
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null; // not listening (yet, or for the moment between the two listeners)
        }
    }

    /** What readiness answers once the stop has begun: 503, or "closed" if the port closed first. */
    private static String readinessAfterTerm(URI base) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
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
    private static void write(
            Api api,
            int writer,
            long[] owners,
            long asset,
            CrashDurabilityIT.Acknowledged acked,
            AtomicInteger refused,
            AtomicBoolean stop) {
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
                    r = api.put(
                            "api/ip-assets/" + asset + "/ownership",
                            CrashDurabilityIT.shares(
                                    LocalDate.of(2026, 1, 1).plusDays(version), owners, 1 + (n * 37) % 9_999),
                            "\"" + version + "\"");
                    if (r.status() == 200) {
                        acked.ownership.put(asset, version + 1);
                        continue;
                    }
                    if (r.status() == 412) {
                        // a change sent just before an earlier kill was committed but never answered: go on from it
                        acked.ownership.put(
                                asset,
                                Integer.parseInt(api.get("api/ip-assets/" + asset + "/ownership")
                                        .etag()
                                        .replace("\"", "")));
                        continue;
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
        return r.status() == 503
                && r.contentType() != null
                && r.contentType().startsWith("application/problem+json")
                && r.header("Retry-After") != null
                && STOP_CODES.contains(r.json().getString("code", ""));
    }

    /** From the SIGTERM on, the log has no SEVERE line and no stack trace. */
    private static void stopLoggedNoError(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        int from = 0;
        while (from < lines.size() && !lines.get(from).contains("SIGTERM")) {
            from++;
        }
        assertTrue(from < lines.size(), "the launcher logged the SIGTERM; see " + log);
        List<String> errors = new java.util.ArrayList<>();
        boolean cutRequest = false;
        for (String l : lines.subList(from, lines.size())) {
            // the container's report of a request whose header the closing listener cut off (a client's
            // half-sent request, answered by nobody): not an error of the registry
            if (l.contains("GRIZZLY0013")
                    || cutRequest
                            && (l.startsWith("\tat ")
                                    || l.contains("Unknown protocol")
                                    || l.isBlank()
                                    || l.startsWith("]]"))) {
                cutRequest = true;
                continue;
            }
            cutRequest = false;
            if (l.contains("SEVERE") || l.startsWith("\tat ") || l.contains("Exception")) {
                errors.add(l);
            }
        }
        assertTrue(errors.isEmpty(), () -> "errors logged while stopping (" + log + "): " + errors);
    }
}
