package org.hetao.registry.web.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** The registry's uber-jar run as its own process, exactly as the quick start runs it. */
public final class RegistryProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private RegistryProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static RegistryProcess start(Path dataDir, Map<String, String> env)
            throws IOException, InterruptedException {
        RegistryProcess p = launch(dataDir, env);
        try {
            p.awaitReady(Duration.ofSeconds(300)); // generous: a loaded build machine can take minutes
        } catch (RuntimeException | InterruptedException e) {
            p.kill(); // a registry that never became ready must not outlive the test
            throw e;
        }
        return p;
    }

    /** Starts the process and returns at once, before its port is open. */
    public static RegistryProcess launch(Path dataDir, Map<String, String> env) throws IOException {
        File jar = new File(System.getProperty("registry.uberJar", "target/hetao-registry-microbundle.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException("Build the uber-jar first (mvn package): " + jar);
        }
        int port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBinary(), "-Xmx512m", "-jar", jar.getAbsolutePath()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("REGISTRY_DATA_DIR", dataDir.toString());
        pb.environment().put("REGISTRY_PORT", Integer.toString(port));
        pb.environment().put("REGISTRY_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        pb.environment().putAll(env);
        return new RegistryProcess(pb.start(), port, log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    public Api api() {
        return new Api(base());
    }

    /** The operating system's id of the registry's Java process. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /health/ready} answers 200; fails if the process ends first or the time runs out. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        try {
            Awaitility.await("the registry answers /health/ready with 200 (see " + log + ")")
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("The registry exited", () -> !process.isAlive())
                    .until(() -> readiness(http) == 200);
        } catch (RuntimeException e) {
            // the test report is often all there is of a failed build: it carries the end of the log
            throw new IllegalStateException(e.getMessage() + "\n" + logTail(60), e);
        }
    }

    /** The last lines of the process's log, or why they could not be read. */
    public String logTail(int lines) {
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> read = all.toList();
            return "last lines of " + log + ":\n"
                    + String.join("\n", read.subList(Math.max(0, read.size() - lines), read.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + log + " could not be read: " + e + ")";
        }
    }

    /** The status of {@code /health/ready}, or 0 while nothing listens on the port. */
    private int readiness(HttpClient http) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(base().resolve("health/ready"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Sends SIGTERM, as a service manager would, and waits for the process to end. */
    public int terminate() throws InterruptedException {
        signalTerm();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The registry did not stop within 90 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Sends SIGTERM and returns at once. */
    public void signalTerm() {
        process.destroy();
    }

    /** Waits at most {@code timeout} for the process to end; its exit code, or -1 if it still runs. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Kills the process outright (SIGKILL), as a crash or an out-of-memory killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
