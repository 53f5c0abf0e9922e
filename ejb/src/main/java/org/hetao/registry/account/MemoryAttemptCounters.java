package org.hetao.registry.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts of sign-in attempts in this instance's memory: a restart forgets them, another instance does not see them. */
final class MemoryAttemptCounters implements AttemptCounters {
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    @Override
    public long reserve(String key, Limit limit, Instant now) {
        if (attempts.size() > MAX_KEYS) {
            attempts.values().removeIf(a -> a.expired(now));
        }
        long[] wait = new long[1];
        attempts.compute(key, (k, a) -> {
            Attempts current = a == null || a.expired(now) ? new Attempts(now, limit.window()) : a;
            wait[0] = current.remaining(now);
            if (wait[0] == 0) {
                current.count(now, limit);
            }
            return current;
        });
        return wait[0];
    }

    @Override
    public long lockedFor(String key, Instant now) {
        Attempts a = attempts.get(key);
        return a == null ? 0 : a.remaining(now);
    }

    @Override
    public void clear(String key) {
        attempts.remove(key);
    }

    /** Attempts of one key since the start of its window, and the lock they earned; changed only inside {@code compute}. */
    private static final class Attempts {
        private final Instant since;
        private final Duration window;
        private int count;
        private Instant lockedUntil;

        Attempts(Instant since, Duration window) {
            this.since = since;
            this.window = window;
        }

        boolean expired(Instant now) {
            return now.isAfter(since.plus(window)) && (lockedUntil == null || now.isAfter(lockedUntil));
        }

        long remaining(Instant now) {
            if (lockedUntil == null || !now.isBefore(lockedUntil)) {
                return 0;
            }
            return Math.max(1, Duration.between(now, lockedUntil).toSeconds() + 1);
        }

        void count(Instant now, Limit limit) {
            count++;
            Duration lock = limit.lockAfter(count);
            if (lock != null) {
                lockedUntil = now.plus(lock);
            }
        }
    }
}
