package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a disk that fills up (a small tmpfs; needs root, skipped elsewhere): writing fails
 * with an exception, Lucene closes its writer for good (the index says it is broken), and once space
 * is freed the index opens again in the same process, with what was committed before.
 */
class FullDiskIndexTest {

    @TempDir
    Path tmp;

    @Test
    void afterAFullDiskTheIndexOpensAgainWithWhatWasCommitted() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()) == 0,
                "a small tmpfs cannot be mounted here (needs root on Linux); skipped");
        try {
            Path path = disk.resolve("index");
            Path filler = disk.resolve("filler");
            SearchIndex index = SearchIndex.open(path);
            index.replaceAll(
                    java.util.List.of(project(1, Visibility.PUBLIC, HKU, "Robot arm", "")), RebuildProgress.none());
            fill(filler);
            IOException failed = null;
            try {
                for (int i = 2; i < 2_000; i++) {
                    index.upsert(project(
                            i,
                            Visibility.PUBLIC,
                            HKU,
                            "Battery pack " + "cell ".repeat(200) + i,
                            "summary ".repeat(200)));
                    if (i % 100 == 0) {
                        index.commit();
                    }
                }
            } catch (IOException e) {
                failed = e;
            }
            assertNotNull(failed, "writing to a full disk fails");
            Files.delete(filler);
            assertTrue(
                    index.broken(), "Lucene closed its writer: the index takes no more writes, even with space freed");
            SearchIndex broken = index;
            index = SearchIndex.open(path); // as the registry does: Lucene gave up the write lock with the writer
            broken.close();
            assertFalse(index.broken());
            index.upsert(project(5_000, Visibility.PUBLIC, HKU, "Written after space was freed", ""));
            index.commit();
            index.refresh();
            assertTrue(index.count() >= 2, "the committed document and the new one");
            index.close();
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private static void fill(Path filler) throws IOException {
        for (int block : new int[] {1 << 16, 1}) {
            byte[] bytes = new byte[block];
            try (OutputStream out =
                    Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                // full
            }
        }
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
