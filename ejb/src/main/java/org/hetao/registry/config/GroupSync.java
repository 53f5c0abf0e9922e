package org.hetao.registry.config;

import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: each committer waits for one fsync that started after its commit ended, and one
 * fsync covers every commit that ended before it started. The committer that finds no fsync running
 * runs it (the leader); the others wait for it, and the first of them to find theirs not covered
 * leads the next one. With one committer this is one fsync per commit; with many, one per batch.
 */
final class GroupSync {
    /** Forces everything written so far to the disk. */
    @FunctionalInterface
    interface Force {
        void force() throws SQLException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private long committed;
    private long synced;
    private boolean running;
    private long forces;

    /** Returns once every commit that ended before this call is on the disk. */
    void afterCommit(Force force) throws SQLException {
        long mine;
        lock.lock();
        try {
            mine = ++committed;
            while (synced < mine && running) {
                done.awaitUninterruptibly();
            }
            if (synced >= mine) {
                return;
            }
            running = true; // this committer leads the next fsync, which covers every commit counted so far
        } finally {
            lock.unlock();
        }
        long upTo = currentCommitted();
        boolean ok = false;
        try {
            force.force();
            ok = true;
        } finally {
            lock.lock();
            try {
                running = false;
                if (ok) {
                    synced = Math.max(synced, upTo);
                    forces++;
                }
                done.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private long currentCommitted() {
        lock.lock();
        try {
            return committed;
        } finally {
            lock.unlock();
        }
    }

    /** How many fsyncs have run (for tests and benchmarks: commits ÷ forces is the batch size). */
    long forces() {
        lock.lock();
        try {
            return forces;
        } finally {
            lock.unlock();
        }
    }
}
