package org.hetao.registry.bench;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of scenario 6, run as its own JVM: {@code LoadClient BASE TOKEN PATHS_FILE CONNECTIONS
 * WARMUP_S SECONDS OUT_FILE}. Each connection sends GET requests for the paths in turn, closed loop; after the
 * warm-up it writes one line per request to OUT_FILE (latency in ns), then the wall time as the last line.
 */
public final class LoadClient {
    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        List<String> paths = Files.readAllLines(Path.of(args[2]));
        int connections = Integer.parseInt(args[3]);
        long warmup = Long.parseLong(args[4]) * 1_000_000_000L;
        long seconds = Long.parseLong(args[5]) * 1_000_000_000L;
        long[][] lat = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long end = measureFrom + seconds;
        Thread[] threads = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            int me = c;
            lat[c] = new long[1 << 16];
            threads[c] = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                int i = me;
                while (true) {
                    long t = System.nanoTime();
                    if (t >= end) {
                        return;
                    }
                    HttpRequest r = HttpRequest.newBuilder(base.resolve(paths.get(i++ % paths.size())))
                            .header("Authorization", "Bearer " + token)
                            .build();
                    try {
                        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long done = System.nanoTime();
                    if (t >= measureFrom) {
                        if (counts[me] == lat[me].length) {
                            lat[me] = java.util.Arrays.copyOf(lat[me], lat[me].length * 2);
                        }
                        lat[me][counts[me]++] = done - t;
                    }
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[6]))) {
            for (int c = 0; c < connections; c++) {
                for (int i = 0; i < counts[c]; i++) {
                    w.write(Long.toString(lat[c][i]));
                    w.newLine();
                }
            }
            w.write("wall " + seconds + " errors " + errors.get());
            w.newLine();
        }
    }
}
