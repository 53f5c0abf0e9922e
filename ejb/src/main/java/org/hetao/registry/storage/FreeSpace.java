package org.hetao.registry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much room is left for the registry's files: the usable space of the file system of each
 * directory it writes to (the database, the search index, the audit checkpoints may each be on
 * another one), compared with a threshold. Asking the operating system costs a system call per
 * directory, so a reading is kept for {@link #MAX_AGE} and shared by every request in that time.
 */
public final class FreeSpace {
    /** How long one reading is used. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** The usable bytes of the file system holding a path (a seam for tests). */
    @FunctionalInterface
    public interface Probe {
        long usableBytes(Path path) throws IOException;
    }

    /** The free space of one directory's file system, by what the directory holds; {@code -1} if it could not be read. */
    public record Store(String name, Path path, long freeBytes) {
        public boolean low(long thresholdBytes) {
            return freeBytes >= 0 && freeBytes < thresholdBytes;
        }
    }

    /** One reading of every directory, and whether any of them is below the threshold. */
    public record Reading(List<Store> stores, long thresholdBytes, Instant at) {
        public boolean low() {
            return stores.stream().anyMatch(s -> s.low(thresholdBytes));
        }

        /** The least free space of all, in bytes ({@code -1} if none could be read). */
        public long leastFreeBytes() {
            return stores.stream()
                    .mapToLong(Store::freeBytes)
                    .filter(b -> b >= 0)
                    .min()
                    .orElse(-1);
        }
    }

    private final Map<String, Path> paths;
    private final long thresholdBytes;
    private final Probe probe;
    private final Clock clock;
    private volatile Reading last;

    /** Watches the directories, each named by what it holds (the name is shown in health data, the path is not). */
    public FreeSpace(Map<String, Path> paths, long thresholdBytes, Probe probe, Clock clock) {
        this.paths = new LinkedHashMap<>(paths);
        this.thresholdBytes = thresholdBytes;
        this.probe = probe;
        this.clock = clock;
    }

    /** The usable space of the file system of {@code path} or of its nearest existing parent. */
    public static long usableBytes(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IOException("No existing directory on the path " + path);
        }
        return Files.getFileStore(p).getUsableSpace();
    }

    public long thresholdBytes() {
        return thresholdBytes;
    }

    /** A reading at most {@link #MAX_AGE} old. */
    public Reading reading() {
        Instant now = clock.instant();
        Reading r = last;
        if (r == null || !now.isBefore(r.at().plus(MAX_AGE)) || now.isBefore(r.at())) {
            r = read(now);
            last = r;
        }
        return r;
    }

    /** A reading made now, whatever the age of the last one: for deciding what a failed write means. */
    public Reading freshReading() {
        Reading r = read(clock.instant());
        last = r;
        return r;
    }

    private Reading read(Instant now) {
        List<Store> stores = new ArrayList<>(paths.size());
        for (Map.Entry<String, Path> watched : paths.entrySet()) {
            Path path = watched.getValue();
            long free;
            try {
                free = probe.usableBytes(path);
            } catch (IOException | RuntimeException e) {
                free = -1; // unknown: not counted as low; a write that then fails is recognised by its error
            }
            stores.add(new Store(watched.getKey(), path, free));
        }
        return new Reading(List.copyOf(stores), thresholdBytes, now);
    }
}
