package org.hetao.registry.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.hetao.registry.project.ProjectDetails;

/**
 * Scenario 3: a steady load of project creations through {@code POST /api/projects} (5 a second, on
 * the registry holding the corpus); for each, the time from its 201 to the first {@code GET /api/search}
 * for its new code that finds it, polling every 10 ms. Goal: p99 under one second.
 */
public final class FreshnessBench {
    static final int WRITES_PER_SECOND = 5;
    static final long POLL_MS = 10;

    private FreshnessBench() {}

    public static Report run(Options o) throws Exception {
        LoadedRegistry reg = LoadedRegistry.shared(o);
        int writes = o.quick() ? 20 : 200;
        Map<Long, Long> ids = new HashMap<>();
        Corpus fresh = new Corpus(Math.min(writes, Corpus.CHUNK), o.seed() + 7_777);
        for (long i = 1; i <= fresh.institutions().size(); i++) {
            ids.put(i, DirectLoader.INSTITUTION_BASE + i);
        }
        List<String> bodies = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        fresh.forEach(p -> {
            ProjectDetails d = p.details();
            String code = "FRESH-" + p.number() + "-"
                    + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
            codes.add(code);
            bodies.add(Api.projectJson(
                    new ProjectDetails(
                            code,
                            d.title(),
                            d.abstractText(),
                            d.keywords(),
                            d.sectors(),
                            d.site(),
                            d.status(),
                            d.startDate(),
                            d.endDate(),
                            d.confidentiality(),
                            d.participants(),
                            d.funding()),
                    ids));
        });
        Api api = reg.api();
        Latencies visible = new Latencies();
        Latencies writeLatency = new Latencies();
        AtomicInteger polls = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        long period = 1_000_000_000L / WRITES_PER_SECOND;
        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = bodies.get(i);
            String code = codes.get(i);
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                HttpResponse<String> r = api.post("api/projects", body);
                long created = System.nanoTime();
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("POST api/projects: " + r.statusCode() + " " + r.body());
                }
                writeLatency.record(created - t);
                java.util.regex.Matcher m =
                        Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
                m.find();
                Pattern hit = Pattern.compile("\"id\"\\s*:\\s*" + m.group(1) + "\\b");
                String search = "api/search?type=project&q=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
                long deadline = created + 60_000_000_000L;
                while (System.nanoTime() < deadline) {
                    long poll = System.nanoTime();
                    polls.incrementAndGet();
                    HttpResponse<String> s = api.get(search);
                    if (s.statusCode() == 200 && hit.matcher(s.body()).find()) {
                        visible.record(System.nanoTime() - created);
                        return null;
                    }
                    long next = poll + POLL_MS * 1_000_000L - System.nanoTime();
                    if (next > 0) {
                        TimeUnit.NANOSECONDS.sleep(next);
                    }
                }
                throw new IllegalStateException(code + " not found by search within 60 s of its 201");
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        visible.wall(System.nanoTime() - start);
        pool.shutdown();
        return new Report("freshness", o.scale())
                .baseline("POST /api/projects, request to 201", writeLatency)
                .row("201 -> first search that finds the project", visible)
                .figure(
                        "write load",
                        writes + " project creations at " + WRITES_PER_SECOND + "/s through POST /api/projects; "
                                + "search polled every " + POLL_MS
                                + " ms per write (GET /api/search?type=project&q=CODE), " + polls.get() + " polls")
                .figure(
                        "goal p99 < 1000 ms",
                        String.format(
                                Locale.ROOT, "%.1f ms: %s", visible.ms(99), visible.ms(99) < 1000 ? "met" : "MISSED"))
                .figure("registry", reg.projects() + " corpus projects before the writes");
    }
}
