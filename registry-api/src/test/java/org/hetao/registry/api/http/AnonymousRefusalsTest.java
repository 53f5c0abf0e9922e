package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnonymousRefusalsTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-07T00:00:00Z");

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
    void aFloodIsCountedInFullButLoggedOnceAMinute() {
        ManualClock clock = new ManualClock();
        AnonymousRefusals refusals = new AnonymousRefusals(clock);
        assertNotNull(refusals.record("GET /api/projects from 192.0.2.7"), "the first refusal is logged");
        for (int i = 0; i < 999; i++) {
            assertNull(refusals.record("GET /api/projects from 192.0.2.7"));
        }
        assertEquals(1000, refusals.total());

        clock.now = clock.now.plus(Duration.ofSeconds(61));
        String next = refusals.record("GET /api/people from 192.0.2.8");
        assertNotNull(next, "a new minute logs again");
        assertTrue(next.contains("999 more such refusals since the line before; 1001 since start"), next);
        assertTrue(next.contains("GET /api/people from 192.0.2.8"), next);
    }
}
