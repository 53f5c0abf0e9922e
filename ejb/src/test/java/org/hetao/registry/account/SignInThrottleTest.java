package org.hetao.registry.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

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

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void locksAnAccountAfterFiveFailuresAndDoublesTheLock() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "10.0.0." + i);
            assertDoesNotThrow(() -> throttle.checkAllowed("carol", "10.0.0.9"));
        }
        throttle.failed("carol", "10.0.0.5");
        long first = assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("carol", "10.0.0.9")).retryAfterSeconds();
        assertTrue(first >= 30 && first <= 31, "first lock is about 30 s, was " + first);
        clock.now = clock.now.plusSeconds(31);
        assertDoesNotThrow(() -> throttle.checkAllowed("carol", "10.0.0.9"));
        throttle.failed("carol", "10.0.0.9");
        long second = assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("CAROL", "10.0.0.1")).retryAfterSeconds();
        assertTrue(second >= 60 && second <= 61, "second lock is about 60 s, was " + second);
    }

    @Test
    void unknownAndKnownUsernamesAreTreatedAlike() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-user", "10.0.0.1");
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("no-such-user", "10.0.0.2"));
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("someone-else", "203.0.113.7"));
        assertDoesNotThrow(() -> throttle.checkAllowed("someone-else", "203.0.113.8"));
    }

    @Test
    void aSuccessClearsTheAccountAndOldFailuresExpire() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dave", "10.0.0.1");
        }
        throttle.succeeded("dave");
        throttle.failed("dave", "10.0.0.1");
        assertDoesNotThrow(() -> throttle.checkAllowed("dave", "10.0.0.1"));
        for (int i = 0; i < 3; i++) {
            throttle.failed("erin", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("erin", "10.0.0.1");
        assertDoesNotThrow(() -> throttle.checkAllowed("erin", "10.0.0.1"));
    }
}
