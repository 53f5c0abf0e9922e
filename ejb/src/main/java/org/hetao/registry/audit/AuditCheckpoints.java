package org.hetao.registry.audit;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the checkpoints of the committed end of the audit chain: at start-up, then whenever
 * {@code everyRecords} records or {@code every} time have passed since the last one (checked at each
 * commit and by a timer), and at shutdown. The ends it is told of are those this registry committed
 * itself, never re-read from the database. Thread-safe.
 */
public final class AuditCheckpoints {
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());
    private final AuditCheckpointFile file;
    private final AuditKey key;
    private final long everyRecords;
    private final Duration every;
    private final Clock clock;
    private long committedSeq = -1;
    private String committedHash;
    private long writtenSeq = -1;
    private Instant writtenAt = Instant.MIN;

    public AuditCheckpoints(AuditCheckpointFile file, AuditKey key, long everyRecords, Duration every, Clock clock) {
        if (everyRecords < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException(
                    "audit checkpoints need a positive number of records and a positive interval");
        }
        this.file = file;
        this.key = key;
        this.everyRecords = everyRecords;
        this.every = every;
        this.clock = clock;
    }

    /**
     * Checkpoints the chain's end as the database has it at start-up, and returns the newest earlier
     * checkpoint if it lies beyond that end (records written before were lost or removed).
     */
    public synchronized AuditCheckpoint start(AuditCheckpoint.End end) {
        AuditCheckpoint beyond = file.read().stream()
                .filter(c -> c.seq() > end.seq())
                .max(java.util.Comparator.comparingLong(AuditCheckpoint::seq))
                .orElse(null);
        committedSeq = end.seq();
        committedHash = end.hash();
        lastCommittedEnd = committedSeq + " " + committedHash;
        write();
        return beyond;
    }

    /**
     * The committed end of the chain ({@code "seq hash"}) as the running registry last knew it, or null
     * before the start: for the search index's clean-close mark, which is written after the audit anchor
     * may already have stopped (and when the data source may be gone).
     */
    private static volatile String lastCommittedEnd;

    public static String lastCommittedEnd() {
        return lastCommittedEnd;
    }

    /** The chain's end after a transaction that appended to it committed; writes a checkpoint when one is due. */
    public synchronized void committed(long seq, String hash) {
        if (seq > committedSeq) {
            committedSeq = seq;
            committedHash = hash;
            lastCommittedEnd = committedSeq + " " + committedHash;
        }
        if (committedSeq > writtenSeq
                && (committedSeq - writtenSeq >= everyRecords
                        || !clock.instant().isBefore(writtenAt.plus(every)))) {
            write();
        }
    }

    /** Writes a checkpoint if the chain grew since the last one (the timer, and shutdown). */
    public synchronized void flush() {
        if (committedSeq > writtenSeq) {
            write();
        }
    }

    /** Every checkpoint written so far, oldest first. */
    public List<AuditCheckpoint> all() {
        return file.read();
    }

    public AuditCheckpointFile file() {
        return file;
    }

    private void write() {
        if (committedHash == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            file.append(AuditCheckpoint.sign(key, committedSeq, committedHash, now));
            writtenSeq = committedSeq;
            writtenAt = now;
        } catch (UncheckedIOException e) {
            // the write it follows has committed: log, and try again at the next commit or tick
            LOG.log(
                    Level.SEVERE,
                    "Cannot write the audit checkpoint of record " + committedSeq + " to " + file.path(),
                    e);
        }
    }
}
