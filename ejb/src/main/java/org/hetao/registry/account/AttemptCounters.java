package org.hetao.registry.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the sign-in throttle keeps its counts of attempts per key (an account or a client address).
 * Each method is atomic for its key, so that concurrent attempts cannot all pass one check before
 * any of them is counted. The counts are in memory now; an implementation over a shared table lets
 * several instances share them.
 */
public interface AttemptCounters {
    /**
     * Counts one attempt for the key unless the key is locked. The attempt that brings the count to
     * the limit's {@code free} attempts locks the key for {@code firstLock}, and each attempt after
     * it (once that lock has passed) for twice as long as the one before, at most {@code maxLock}.
     * A count older than the limit's {@code window}, with no lock in force, starts again from zero.
     *
     * @return 0 if the attempt was counted and may go ahead, otherwise the seconds the key stays locked
     */
    long reserve(String key, Limit limit, Instant now);

    /** The seconds the key stays locked, or 0. */
    long lockedFor(String key, Instant now);

    /** Forgets the key's count and lock (after a successful sign-in). */
    void clear(String key);

    /** How many attempts a key may make and how long it is locked after that. */
    record Limit(int free, Duration window, Duration firstLock, Duration maxLock) {
        /** The lock earned by the {@code count}th attempt, or null if the count is still free. */
        Duration lockAfter(int count) {
            if (count < free) {
                return null;
            }
            Duration lock = firstLock.multipliedBy(1L << Math.min(count - free, 20));
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }
    }
}
