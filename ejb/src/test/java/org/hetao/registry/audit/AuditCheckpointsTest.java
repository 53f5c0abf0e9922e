package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit key, its file, the signed checkpoints and when they are written. */
class AuditCheckpointsTest {
    private static final AuditKey KEY = AuditKey.of("0123456789abcdef0123456789abcdef");
    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private List<Long> seqs(AuditCheckpoints c) {
        return c.all().stream().map(AuditCheckpoint::seq).toList();
    }

    @Test
    void writesAtStartThenEveryNRecordsOrAfterTheIntervalAndOnFlush() {
        Hands clock = new Hands();
        AuditCheckpoints c =
                new AuditCheckpoints(new AuditCheckpointFile(dir.resolve("cp")), KEY, 3, Duration.ofSeconds(60), clock);
        assertNull(c.start(new AuditCheckpoint.End(0, AuditHash.GENESIS)));
        c.committed(1, HASH);
        c.committed(2, HASH);
        assertEquals(List.of(0L), seqs(c));
        c.committed(3, HASH);
        assertEquals(List.of(0L, 3L), seqs(c), "three records after the last checkpoint");
        c.committed(4, HASH);
        clock.now = clock.now.plusSeconds(61);
        c.committed(5, HASH);
        assertEquals(List.of(0L, 3L, 5L), seqs(c), "a minute after the last checkpoint");
        c.committed(4, "cd".repeat(32));
        c.flush();
        assertEquals(
                List.of(0L, 3L, 5L), seqs(c), "an end older than the newest is not written, nor is an unchanged end");
        c.committed(6, HASH);
        c.flush();
        assertEquals(List.of(0L, 3L, 5L, 6L), seqs(c));
        assertTrue(c.all().stream().allMatch(cp -> cp.signedBy(KEY)));
    }

    @Test
    void atStartTellsOfACheckpointBeyondTheChainsEnd() {
        AuditCheckpoints c = new AuditCheckpoints(
                new AuditCheckpointFile(dir.resolve("cp")), KEY, 1, Duration.ofSeconds(60), Clock.systemUTC());
        c.start(new AuditCheckpoint.End(0, AuditHash.GENESIS));
        c.committed(7, HASH);
        AuditCheckpoint beyond = c.start(new AuditCheckpoint.End(5, HASH));
        assertEquals(7, beyond.seq());
    }

    @Test
    void aCheckpointIsSignedOverItsNumberHashAndTime() {
        AuditCheckpoint c = AuditCheckpoint.sign(KEY, 12, HASH, Instant.parse("2026-12-01T08:00:00Z"));
        assertEquals(c, AuditCheckpoint.parse(c.line()).orElseThrow());
        assertTrue(c.signedBy(KEY));
        assertFalse(new AuditCheckpoint(13, c.hash(), c.writtenAt(), c.keyId(), c.signature()).signedBy(KEY));
        assertFalse(new AuditCheckpoint(12, "cd".repeat(32), c.writtenAt(), c.keyId(), c.signature()).signedBy(KEY));
        assertFalse(new AuditCheckpoint(12, c.hash(), c.writtenAt().plusSeconds(1), c.keyId(), c.signature())
                .signedBy(KEY));
        assertFalse(c.signedBy(AuditKey.of(AuditKey.newSecret())));
    }

    @Test
    void aCheckpointAfterAnUnfinishedLineStartsALineOfItsOwn() throws IOException {
        AuditCheckpointFile file = new AuditCheckpointFile(dir.resolve("cp"));
        file.append(AuditCheckpoint.sign(KEY, 1, HASH, Instant.parse("2026-12-01T08:00:00Z")));
        Files.writeString(file.path(), "2 abab", StandardOpenOption.APPEND); // cut short by a crash or a full disk
        file.append(AuditCheckpoint.sign(KEY, 3, HASH, Instant.parse("2026-12-01T08:01:00Z")));
        assertEquals(
                List.of(1L, 3L), file.read().stream().map(AuditCheckpoint::seq).toList());
    }

    @Test
    void aCheckpointThatDoesNotFitOnTheDiskLeavesNothingOfItself() throws Exception {
        try (org.hetao.registry.storage.SmallDisk disk = org.hetao.registry.storage.SmallDisk.mount(dir, 1)) {
            AuditCheckpointFile file = new AuditCheckpointFile(disk.dir().resolve("audit/checkpoints"));
            file.append(AuditCheckpoint.sign(KEY, 1, HASH, Instant.parse("2026-12-01T08:00:00Z")));
            // a comment line that ends the file at a page boundary: the next byte needs a new page of the disk
            int pad = (int) (4096 - Files.size(file.path()));
            Files.writeString(file.path(), "#" + "-".repeat(pad - 2) + "\n", StandardOpenOption.APPEND);
            long size = Files.size(file.path());
            Path filler = disk.dir().resolve("filler");
            disk.fill(filler);
            assertThrows(
                    java.io.UncheckedIOException.class,
                    () -> file.append(AuditCheckpoint.sign(KEY, 2, HASH, Instant.parse("2026-12-01T08:01:00Z"))));
            assertEquals(size, Files.size(file.path()), "no part of the checkpoint that failed stays in the file");
            Files.delete(filler);
            file.append(AuditCheckpoint.sign(KEY, 3, HASH, Instant.parse("2026-12-01T08:02:00Z")));
            assertEquals(
                    List.of(1L, 3L),
                    file.read().stream().map(AuditCheckpoint::seq).toList());
        }
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws IOException {
        AuditCheckpointFile file = new AuditCheckpointFile(dir.resolve("cp"));
        file.append(AuditCheckpoint.sign(KEY, 1, HASH, Instant.now()));
        Files.writeString(file.path(), "2 abab", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertEquals(1, file.read().size());
        assertEquals(List.of(), new AuditCheckpointFile(dir.resolve("none")).read());
    }

    @Test
    void theKeyedHashCoversTheKeyAndTheUnkeyedOneStaysAsItWas() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-12-01T08:00:00Z");
        AuditEvent e = new AuditEvent("admin", "ADMIN", AuditAction.CREATE, "institution", 1L, "{}", null);
        String keyed = AuditHash.keyed(KEY, 1, at, e, AuditHash.GENESIS);
        assertEquals(
                keyed, AuditHash.keyed(AuditKey.of("0123456789abcdef0123456789abcdef"), 1, at, e, AuditHash.GENESIS));
        assertNotEquals(keyed, AuditHash.keyed(AuditKey.of(AuditKey.newSecret()), 1, at, e, AuditHash.GENESIS));
        assertNotEquals(keyed, AuditHash.legacy(1, at, e, AuditHash.GENESIS));
        // the plain SHA-256 of records written before the key, unchanged since migration V4
        assertEquals(
                "ef66ce4dfa1c44cee688d224013d6f021f8c21ff78ab47be15aa17d631dc7478",
                AuditHash.legacy(1, at, e, AuditHash.GENESIS));
    }

    @Test
    void theKeyComesFromConfigurationOrFromAFileMadeOnceForItsOwnerOnly() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> AuditKey.of("too short"));
        Path file = dir.resolve("keys/audit.key");
        AuditKey made = AuditKeyFile.load(null, file);
        assertEquals(made.id(), AuditKeyFile.load("", file).id(), "the file is read again, not made anew");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(
                made.id(),
                AuditKey.of(Files.readString(file)).id(),
                "the file's text is the secret, as the setting takes it");
        AuditKey configured = AuditKeyFile.load("a configured secret of at least 32 chars", dir.resolve("unused.key"));
        assertNotEquals(made.id(), configured.id());
        assertFalse(Files.exists(dir.resolve("unused.key")), "a configured key makes no file");
    }
}
