package org.hetao.registry.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VisitorRateLimitTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressMayMakeItsRequestsOfAMinuteThenWaitsForTheNextMinute() {
        HandClock clock = new HandClock();
        VisitorRateLimit limit = new VisitorRateLimit(clock, 3);
        for (int i = 0; i < 3; i++) {
            limit.admit("203.0.113.7");
        }
        clock.now = clock.now.plusSeconds(20);
        TooManyRequestsException e = assertThrows(TooManyRequestsException.class, () -> limit.admit("203.0.113.7"));
        assertEquals(41, e.retryAfterSeconds(), "the rest of the minute, rounded up");
        assertTrue(e.getMessage().contains("at most 3 a minute"), e.getMessage());

        limit.admit("198.51.100.1");

        clock.now = clock.now.plus(Duration.ofSeconds(40));
        limit.admit("203.0.113.7");
    }

    @Test
    void refusedRequestsDoNotCount() {
        HandClock clock = new HandClock();
        VisitorRateLimit limit = new VisitorRateLimit(clock, 1);
        limit.admit("a");
        for (int i = 0; i < 10; i++) {
            assertThrows(TooManyRequestsException.class, () -> limit.admit("a"));
        }
        clock.now = clock.now.plusSeconds(60);
        limit.admit("a");
        assertThrows(TooManyRequestsException.class, () -> limit.admit("a"));
    }
}
