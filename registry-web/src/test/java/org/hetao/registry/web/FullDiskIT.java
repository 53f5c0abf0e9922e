package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The registry's data directory on a small disk (a tmpfs) that is filled up for a while under
 * writers, then freed: during the fill every write is answered 503 problem+json with the code
 * storage-full and Retry-After (never a 500), readiness reports not ready; once space is freed the
 * same process takes writes again; no write that was answered 201 is lost (checked then, and again
 * after the process is killed and started again), the audit chain verifies and the search index matches the database.
 */
class FullDiskIT {
    private static final int DISK_MB = 96;
    private static final int WRITERS = 3;
    private static final long FULL_MILLIS = 20_000;

    /** What the writers were told. */
    private static final class Answers {
        final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        final AtomicInteger storageFull = new AtomicInteger();
    }

    @Test
    void aFullDiskRefusesWritesLosesNothingAndTheRegistryRecoversByItself() throws Exception {
        Path parent = Files.createTempDirectory("registry-full-disk");
        Path disk = Files.createDirectories(parent.resolve("data"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=" + DISK_MB + "m", "tmpfs", disk.toString()) == 0,
                "FullDiskIT needs to mount a small tmpfs (root on Linux); skipped here");
        Map<String, String> env = Map.of("REGISTRY_STORAGE_MIN_FREE_MB", "8");
        RegistryProcess registry = null;
        try {
            registry = RegistryProcess.start(disk, env);
            long free = Files.getFileStore(disk).getUsableSpace() >> 20;
            assertTrue(free > 48, "the registry's files fit the small disk with room to spare: " + free + " MB free");
            Api admin = registry.api().asAdmin();
            long[] owners = {
                created(admin.post("api/institutions", institution("HK", "HK"))),
                created(admin.post("api/institutions", institution("MAINLAND", "CN")))
            };

            Answers answers = new Answers();
            AtomicBoolean full = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(admin, writer, owners, answers, full, stop));
            }
            awaitAcknowledged(answers, WRITERS * 3);

            Path filler = disk.resolve("filler");
            full.set(true);
            long filled = fill(filler);
            List<Integer> readiness = new ArrayList<>();
            Instant freeAt = Instant.now().plusMillis(FULL_MILLIS);
            Thread.sleep(1_500); // the free-space reading is at most a second old
            int refusedBefore = answers.storageFull.get();
            while (Instant.now().isBefore(freeAt)) {
                readiness.add(status(registry.base().resolve("health/ready")));
                Thread.sleep(1_000);
            }
            int acknowledgedWhileFull = answers.acknowledged.size();
            Files.delete(filler);
            full.set(false);
            assertTrue(
                    answers.storageFull.get() > refusedBefore,
                    "writes were refused while the disk was full (" + filled / (1 << 20) + " MB of filler)");
            assertTrue(
                    readiness.stream().allMatch(s -> s == 503),
                    () -> "not ready while the disk was full: " + readiness);

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertTrue(
                            answers.acknowledged.size() > acknowledgedWhileFull + WRITERS,
                            "writes are taken again after space was freed, without a restart"));
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stopped");
            assertTrue(answers.wrong.isEmpty(), () -> "answers other than 201 or 503 storage-full: " + answers.wrong);
            assertEquals(200, status(registry.base().resolve("health/ready")), "ready again");

            everyAcknowledgedWriteIsThere(registry.api().asAdmin(), answers);
            CrashDurabilityIT.indexMatchesDatabase(registry.api().asAdmin());
            registry.kill(); // the harder restart: whatever was acknowledged must already be on the disk
            registry = RegistryProcess.start(disk, env);
            everyAcknowledgedWriteIsThere(registry.api().asAdmin(), answers);
        } finally {
            if (registry != null) {
                registry.close();
            }
            run("umount", "-l", disk.toString());
        }
    }

    /** Creates projects over and over; records those answered 201, and anything but 201 or a proper storage-full 503. */
    private static void write(
            Api api, int writer, long[] owners, Answers answers, AtomicBoolean full, AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            String code = "HT-F%d%06d".formatted(writer, ++n);
            boolean duringFill = full.get();
            Api.Reply r;
            try {
                r = api.post("api/projects", project(code, owners));
            } catch (RuntimeException e) {
                answers.wrong.add(code + ": " + e);
                return;
            }
            if (r.status() == 201) {
                answers.acknowledged.put(r.id(), code);
            } else if (r.status() == 503 && isStorageFull(r)) {
                answers.storageFull.incrementAndGet();
                pause(100);
            } else if (r.status() == 503 && !duringFill && "database-unavailable".equals(code(r))) {
                pause(100); // the database reopening just after space was freed
            } else {
                answers.wrong.add(code + (duringFill ? " (disk full)" : "") + ": " + r);
            }
        }
    }

    private static boolean isStorageFull(Api.Reply r) {
        return r.contentType() != null
                && r.contentType().startsWith("application/problem+json")
                && "storage-full".equals(code(r))
                && r.header("Retry-After") != null
                && r.json().getInt("status") == 503;
    }

    private static String code(Api.Reply r) {
        try {
            return r.json().getString("code", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void everyAcknowledgedWriteIsThere(Api admin, Answers answers) {
        List<String> lost = new ArrayList<>();
        answers.acknowledged.forEach((id, code) -> {
            Api.Reply r = admin.get("api/projects/" + id);
            if (r.status() != 200 || !code.equals(r.json().getString("code"))) {
                lost.add(code + " → " + r.status());
            }
        });
        assertTrue(
                lost.isEmpty(),
                () -> lost.size() + " of " + answers.acknowledged.size() + " acknowledged projects are lost: " + lost);
        JsonObject verify = admin.get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
    }

    private static void awaitAcknowledged(Answers answers, int count) throws InterruptedException {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertTrue(
                        answers.acknowledged.size() >= count, () -> "the writers were writing: " + answers.wrong));
    }

    /** Writes the filler until the disk is full, in smaller and smaller pieces; returns its size. */
    private static long fill(Path filler) throws IOException {
        long written = 0;
        for (int block : new int[] {1 << 20, 1 << 12, 1}) {
            byte[] bytes = new byte[block];
            try (OutputStream out =
                    Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(bytes);
                    written += block;
                }
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                    throw e;
                }
            }
        }
        return written;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(java.time.Duration.ofSeconds(10))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static String institution(String jurisdiction, String country) {
        return """
                {"shortName":"F%s","name":{"en":"Full disk test institution"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(
                        Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(), jurisdiction, country);
    }

    private static String project(String code, long[] owners) {
        return """
                {"code":"%s","title":{"en":"Full disk trial","zhHant":"磁碟已滿試驗","zhHans":"磁盘已满试验"},
                 "site":"BOTH","status":"ACTIVE","startDate":"2025-01-01","confidentiality":"PUBLIC",
                 "participants":[{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}]}
                """.formatted(code, owners[0], owners[1]);
    }
}
