package org.hetao.registry.api.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets one log line through per period for an event that can come thousands of times a second (a
 * flood of refused requests, an outage failing every request), and counts the events it held back
 * in between, so that the next line can say how many there were.
 */
final class LogSampler {
    private final long periodMillis;
    private final Clock clock;
    private final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong heldBack = new AtomicLong();

    LogSampler(Duration period, Clock clock) {
        this.periodMillis = period.toMillis();
        this.clock = clock;
    }

    /** For one event: -1 when it is held back; else it gets the line, and this is how many were held back since the last one. */
    long admit() {
        long now = clock.millis();
        long next = nextLineAt.get();
        if (now >= next && nextLineAt.compareAndSet(next, now + periodMillis)) {
            return heldBack.getAndSet(0);
        }
        heldBack.incrementAndGet();
        return -1;
    }
}
