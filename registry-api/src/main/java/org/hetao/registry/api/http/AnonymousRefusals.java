package org.hetao.registry.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Requests refused before anyone signed in (no token, a bad or expired one). They cost no database
 * work: each is counted, and the log gets one line per minute at most, with one sample request and
 * the number of refusals since the line before, so that a flood is visible without becoming one.
 */
@ApplicationScoped
public class AnonymousRefusals {
    private static final Logger LOG = Logger.getLogger(AnonymousRefusals.class.getName());

    private final AtomicLong total = new AtomicLong();
    private final LogSampler lines;

    public AnonymousRefusals() {
        this(Clock.systemUTC());
    }

    AnonymousRefusals(Clock clock) {
        this.lines = new LogSampler(Duration.ofMinutes(1), clock);
    }

    /** Counts one refusal; returns the log line written for it, or null when this minute already has one. */
    public String record(String sample) {
        long since = total.incrementAndGet();
        long heldBack = lines.admit();
        if (heldBack < 0) {
            return null;
        }
        String line = "Refused a request without a valid sign-in: " + sample
                + (heldBack > 0
                        ? " (" + heldBack + " more such refusals since the line before; " + since + " since start)"
                        : "");
        LOG.info(line);
        return line;
    }

    /** Refusals of anonymous requests since the registry started. */
    public long total() {
        return total.get();
    }
}
