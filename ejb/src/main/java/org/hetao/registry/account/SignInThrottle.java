package org.hetao.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows and then refuses repeated failed sign-ins, per username (known or not, so the answer does
 * not reveal which exist) and per client address. After {@value #FREE_FAILURES} failures within
 * {@link #WINDOW} a key is locked for 30 s, doubling with each further failure up to 15 minutes; a
 * success clears the username's count. Counts live in memory: a restart forgets them.
 */
@ApplicationScoped
public class SignInThrottle {
    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Fails with {@link TooManyAttemptsException} while the username or the address is locked. */
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        long wait = Math.max(remaining(userKey(username), now), remaining(addressKey(address), now));
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.expired(now));
        }
        failures.compute(userKey(username), (k, f) -> (f == null || f.expired(now) ? new Failures(now) : f).add(now, FREE_FAILURES));
        failures.compute(addressKey(address), (k, f) -> (f == null || f.expired(now) ? new Failures(now) : f).add(now, ADDRESS_FREE_FAILURES));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private long remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, f.lockedUntil).toSeconds() + 1);
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    /** Failures of one key since the start of its window, and the lock they earned. */
    private static final class Failures {
        private final Instant since;
        private int count;
        private Instant lockedUntil;

        Failures(Instant since) {
            this.since = since;
        }

        boolean expired(Instant now) {
            return now.isAfter(since.plus(WINDOW)) && (lockedUntil == null || now.isAfter(lockedUntil));
        }

        Failures add(Instant now, int free) {
            count++;
            if (count >= free) {
                long factor = 1L << Math.min(count - free, 10);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return this;
        }
    }
}
