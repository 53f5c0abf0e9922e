package org.hetao.registry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The free-space reading: below the threshold on any one directory is low, and a reading is reused for a second. */
class FreeSpaceTest {
    private static final long MB = 1024L * 1024L;
    private final Path db = Path.of("/data/db");
    private final Path index = Path.of("/other-disk/index");
    private final Map<Path, Long> free = new HashMap<>();
    private final AtomicInteger probes = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-07T08:00:00Z");

    private FreeSpace freeSpace(long thresholdMb) {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new FreeSpace(
                Map.of("database", db, "index", index),
                thresholdMb * MB,
                path -> {
                    probes.incrementAndGet();
                    Long bytes = free.get(path);
                    if (bytes == null) {
                        throw new IOException("cannot read " + path);
                    }
                    return bytes;
                },
                clock);
    }

    @Test
    void lowWhenAnyDirectoryIsBelowTheThreshold() {
        free.put(db, 10_000 * MB);
        free.put(index, 100 * MB);
        FreeSpace.Reading r = freeSpace(256).reading();
        assertTrue(r.low(), "the index's disk is below 256 MB though the database's is not");
        assertEquals(100 * MB, r.leastFreeBytes());
    }

    @Test
    void notLowWhenEveryDirectoryHasRoom() {
        free.put(db, 257 * MB);
        free.put(index, 256 * MB);
        assertFalse(freeSpace(256).reading().low(), "exactly the threshold is enough");
    }

    @Test
    void aFullDiskIsLowEvenWithAThresholdOfZeroOnlyIfBelowIt() {
        free.put(db, 0L);
        free.put(index, 0L);
        assertFalse(freeSpace(0).reading().low(), "a threshold of 0 refuses nothing up front");
        assertTrue(freeSpace(1).reading().low());
    }

    @Test
    void anUnreadableDirectoryIsNotCountedAsLow() {
        free.put(db, 10_000 * MB);
        FreeSpace.Reading r = freeSpace(256).reading();
        assertFalse(r.low());
        assertEquals(
                -1,
                r.stores().stream()
                        .filter(s -> s.name().equals("index"))
                        .findFirst()
                        .orElseThrow()
                        .freeBytes());
    }

    @Test
    void aReadingIsReusedForASecondThenTakenAgain() {
        free.put(db, 10_000 * MB);
        free.put(index, 10_000 * MB);
        FreeSpace space = freeSpace(256);
        assertFalse(space.reading().low());
        assertEquals(2, probes.get(), "one probe per directory");
        free.put(index, MB);
        now = now.plus(Duration.ofMillis(999));
        assertFalse(space.reading().low(), "within the second the earlier reading is used");
        assertEquals(2, probes.get());
        now = now.plus(Duration.ofMillis(1));
        assertTrue(space.reading().low(), "a second later the disk is read again");
        assertEquals(4, probes.get());
    }

    @Test
    void theProbeOfAPathNotYetMadeReadsItsNearestParent(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        assertTrue(FreeSpace.usableBytes(tmp.resolve("not/yet/there")) > 0);
    }

    @Test
    void aFreshReadingSeesADiskThatFilledWithinTheSecondAndIsKeptForTheNext() {
        free.put(db, 10_000 * MB);
        free.put(index, 10_000 * MB);
        FreeSpace space = freeSpace(256);
        assertFalse(space.reading().low());
        free.put(db, 0L); // filled a moment later
        assertFalse(space.reading().low(), "the reading of a moment ago is reused");
        assertTrue(space.freshReading().low(), "a fresh reading sees the full disk");
        assertTrue(space.reading().low(), "and is the reading the next calls get");
    }
}
