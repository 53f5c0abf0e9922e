package org.hetao.registry.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java process serving HTTP on a free port: the registry's uber-jar (ready when {@code /health/ready}
 * answers 200) or an empty Payara Micro (ready when its port answers at all). A copy of the
 * integration tests' helper, with the start-up time and memory readings the benchmarks need.
 */
public final class RegistryProcess implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "Bench-Harbour-Passw0rd-2026";
    private final Process process;
    private final int port;
    private final Path log;
    private final long readyNanos;

    private RegistryProcess(Process process, int port, Path log, long readyNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyNanos = readyNanos;
    }

    /** Starts the registry's uber-jar on {@code dataDir} and waits until it is ready. */
    public static RegistryProcess registry(Path uberJar, Path dataDir, String heap, Map<String, String> env)
            throws Exception {
        File jar = uberJar.toFile();
        if (!jar.isFile()) {
            throw new IllegalStateException("Build the uber-jar first (mvn package -DskipTests): " + jar);
        }
        List<String> extra = new ArrayList<>(List.of("-jar", jar.getAbsolutePath(), "--nohazelcast"));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("REGISTRY_DATA_DIR", dataDir.toString());
        all.put("REGISTRY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        all.put("REGISTRY_PASSWORD_ITERATIONS", all.getOrDefault("REGISTRY_PASSWORD_ITERATIONS", "600000"));
        return start(heap, extra, all, dataDir.resolveSibling(dataDir.getFileName() + ".log"), "health/ready", true);
    }

    /** Starts Payara Micro with nothing deployed and waits until its HTTP port answers. */
    public static RegistryProcess emptyPayara(Path payaraJar, Path logFile, String heap) throws Exception {
        return start(heap, List.of("-jar", payaraJar.toString(), "--nohazelcast"), Map.of(), logFile, "", false);
    }

    private static RegistryProcess start(
            String heap, List<String> args, Map<String, String> env, Path log, String probe, boolean needOk)
            throws Exception {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
        String jfr = System.getProperty("bench.appJfr");
        if (jfr != null) {
            cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        }
        cmd.addAll(args);
        if (!needOk) {
            cmd.addAll(List.of("--port", Integer.toString(port)));
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("REGISTRY_PORT", Integer.toString(port));
        pb.environment().putAll(env);
        long t = System.nanoTime();
        Process p = pb.start();
        awaitReady(p, port, probe, needOk, log, Duration.ofSeconds(300));
        return new RegistryProcess(p, port, log, System.nanoTime() - t);
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    public long pid() {
        return process.pid();
    }

    /** From the start of the process to the first ready answer. */
    public double readyMs() {
        return readyNanos / 1e6;
    }

    public Path log() {
        return log;
    }

    /** Resident memory of the process in MiB, from /proc. */
    public double residentMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    /** Java heap in use after a full collection, in MiB, read with jcmd; -1 if jcmd is not available. */
    public double heapUsedAfterGcMib() {
        try {
            String jcmd =
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            new ProcessBuilder(jcmd, Long.toString(pid()), "GC.run")
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
            Process p = new ProcessBuilder(jcmd, Long.toString(pid()), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static void awaitReady(Process process, int port, String probe, boolean needOk, Path log, Duration timeout)
            throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create("http://localhost:" + port + "/" + probe);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (!needOk || r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready within " + timeout + "; see " + log);
    }

    /** Sends SIGTERM and waits for the process to end. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
