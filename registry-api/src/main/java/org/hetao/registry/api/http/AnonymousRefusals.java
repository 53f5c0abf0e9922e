package org.hetao.registry.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Requests refused before anyone signed in (no token, a bad or expired one). They cost no database
 * work: each is counted, and the log gets one line per minute at most, with the count of the minute
 * before and one sample request, so that a flood is visible without becoming one.
 */
@ApplicationScoped
public class AnonymousRefusals {
    private static final Logger LOG = Logger.getLogger(AnonymousRefusals.class.getName());
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<Window> window = new AtomicReference<>();

    public AnonymousRefusals() {
        this(Clock.systemUTC());
    }

    AnonymousRefusals(Clock clock) {
        this.clock = clock;
    }

    /** Counts one refusal; returns the log line written for it, or null when this minute already has one. */
    public String record(String sample) {
        total.incrementAndGet();
        long now = clock.millis();
        while (true) {
            Window current = window.get();
            if (current != null && now - current.start < WINDOW.toMillis()) {
                current.count.incrementAndGet();
                return null;
            }
            Window next = new Window(now);
            next.count.incrementAndGet();
            if (window.compareAndSet(current, next)) {
                long before = current == null ? 0 : current.count.get();
                String line = "Refused a request without a valid sign-in: " + sample
                        + (before > 0 ? " (" + before + " such refusals in the minute before; " + total.get() + " since start)" : "");
                LOG.info(line);
                return line;
            }
        }
    }

    /** Refusals of anonymous requests since the registry started. */
    public long total() {
        return total.get();
    }

    private static final class Window {
        final long start;
        final AtomicLong count = new AtomicLong();

        Window(long start) {
            this.start = start;
        }
    }
}
