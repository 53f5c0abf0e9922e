package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Group commit: a committer returns only after an fsync that started after its commit ended, fsyncs
 * never overlap, and concurrent committers share fsyncs.
 */
class GroupSyncTest {
    /** A logical clock: every commit end and every fsync start and end takes the next tick. */
    private final AtomicLong clock = new AtomicLong();
    /** Start and end tick of every completed fsync. */
    private final List<long[]> forces = new ArrayList<>();

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean overlapped = new AtomicBoolean();

    private void force() {
        if (running.incrementAndGet() > 1) {
            overlapped.set(true);
        }
        long start = clock.incrementAndGet();
        try {
            Thread.sleep(2); // the disk
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        long end = clock.incrementAndGet();
        synchronized (forces) {
            forces.add(new long[] {start, end});
        }
    }

    @Test
    void everyCommitIsCoveredByAnFsyncThatStartedAfterItAndConcurrentCommitsShareThem() throws Exception {
        GroupSync sync = new GroupSync();
        int writers = 8;
        int commitsEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            results.add(pool.submit(() -> {
                List<long[]> mine = new ArrayList<>();
                for (int i = 0; i < commitsEach; i++) {
                    long committedAt = clock.incrementAndGet();
                    sync.afterCommit(this::force);
                    mine.add(new long[] {committedAt, clock.incrementAndGet()});
                }
                return mine;
            }));
        }
        List<long[]> commits = new ArrayList<>();
        for (Future<List<long[]>> f : results) {
            commits.addAll(f.get());
        }
        pool.shutdown();
        for (long[] c : commits) {
            boolean covered;
            synchronized (forces) {
                covered = forces.stream().anyMatch(f -> f[0] > c[0] && f[1] < c[1]);
            }
            assertTrue(
                    covered,
                    "a commit ended at tick " + c[0] + " returned at " + c[1] + " without an fsync in between");
        }
        assertTrue(!overlapped.get(), "fsyncs ran one at a time");
        assertEquals(forces.size(), sync.forces());
        assertTrue(
                sync.forces() < writers * commitsEach / 2,
                "concurrent commits shared fsyncs: " + sync.forces() + " for " + writers * commitsEach + " commits");
    }

    @Test
    void aFailedFsyncFailsItsCommitterAndTheNextCommitterTriesAgain() throws Exception {
        GroupSync sync = new GroupSync();
        assertThrows(
                SQLException.class,
                () -> sync.afterCommit(() -> {
                    throw new SQLException("No space left on device");
                }));
        sync.afterCommit(this::force);
        assertEquals(1, sync.forces(), "only the fsync that succeeded counts");
    }
}
