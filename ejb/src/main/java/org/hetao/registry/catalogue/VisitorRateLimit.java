package org.hetao.registry.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hetao.registry.common.RegistrySetting;

/**
 * Limits how often one client address makes the reads open without sign-in (the public catalogue
 * and saved searches' Atom feeds, together): at most {@code perMinute}
 * requests in each minute counted from the address's first request of that minute. Counts live in
 * this instance's memory; a restart forgets them.
 */
@ApplicationScoped
public class VisitorRateLimit {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Integer perMinute;

    public VisitorRateLimit() {
        this(Clock.systemUTC(), null);
    }

    VisitorRateLimit(Clock clock, Integer perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one request from the address, or fails with {@link TooManyRequestsException} when its minute is used up. */
    public void admit(String address) {
        int limit = perMinute();
        Instant now = clock.instant();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.over(now));
        }
        long[] wait = new long[1];
        windows.compute(address == null ? "" : address, (k, w) -> {
            Window current = w == null || w.over(now) ? new Window(now) : w;
            if (current.count >= limit) {
                wait[0] = Math.max(
                        1, Duration.between(now, current.start.plus(WINDOW)).toSeconds() + 1);
            } else {
                current.count++;
            }
            return current;
        });
        if (wait[0] > 0) {
            throw TooManyRequestsException.perMinute(limit, wait[0]);
        }
    }

    private int perMinute() {
        Integer p = perMinute;
        if (p == null) {
            p = Math.max(1, RegistrySetting.PUBLIC_CATALOGUE_REQUESTS_PER_MINUTE.intValue());
            perMinute = p;
        }
        return p;
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }

        boolean over(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }
}
