package org.hetao.registry.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small tmpfs mounted for a test (needs root; the test is skipped where it cannot be mounted), and a file that fills it. */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code megabytes} on a new directory under {@code parent}, or skips the test. */
    public static SmallDisk mount(Path parent, int megabytes) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("small-disk"));
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString());
        assumeTrue(exit == 0, "a small disk (tmpfs) cannot be mounted here (needs root on Linux); skipped");
        return new SmallDisk(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code filler} until the disk is full; returns how many bytes it took. */
    public long fill(Path filler) throws IOException {
        long written = 0;
        for (int block : new int[] {1 << 20, 1 << 12, 1}) {
            byte[] bytes = new byte[block];
            try (OutputStream out = Files.newOutputStream(
                    filler, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
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

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
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
}
