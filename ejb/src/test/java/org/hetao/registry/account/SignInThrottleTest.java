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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final SignInThrottle throttle = new SignInThrottle(new MemoryAttemptCounters(), clock);

    @Test
    void admitsFiveAttemptsAtAnAccountThenLocksItAndDoublesTheLock() {
        for (int i = 0; i < 5; i++) {
            assertDoesNotThrow(() -> throttle.admitAccount("carol"));
        }
        long first = assertThrows(TooManyAttemptsException.class, () -> throttle.admitAccount("carol"))
                .retryAfterSeconds();
        assertTrue(first >= 30 && first <= 31, "first lock is about 30 s, was " + first);
        clock.now = clock.now.plusSeconds(31);
        assertDoesNotThrow(() -> throttle.admitAccount("carol"));
        long second = assertThrows(TooManyAttemptsException.class, () -> throttle.admitAccount("CAROL"))
                .retryAfterSeconds();
        assertTrue(second >= 60 && second <= 61, "second lock is about 60 s, was " + second);
    }

    @Test
    void fortyConcurrentGuessesAtOneAccountAreAtMostFiveHashes() throws Exception {
        AtomicInteger hashed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guesses.add(pool.submit(() -> {
                start.await();
                try {
                    throttle.admitAccount("carol");
                    hashed.incrementAndGet();
                    Thread.sleep(20);
                } catch (TooManyAttemptsException e) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> g : guesses) {
            g.get(30, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        assertEquals(SignInThrottle.ACCOUNT_FREE, hashed.get(), "guesses that got as far as a hash");
        assertEquals(40 - SignInThrottle.ACCOUNT_FREE, refused.get());
    }

    @Test
    void unknownUsernamesAreLimitedLikeAccounts() {
        for (int i = 0; i < 5; i++) {
            assertDoesNotThrow(() -> throttle.admitUnknown("no-such-user", "10.0.0." + System.nanoTime() % 200));
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.admitUnknown("no-such-user", "10.0.0.250"));
    }

    @Test
    void anAddressTryingManyUnknownNamesIsLockedButItsPeopleStillReachTheirAccounts() {
        for (int i = 0; i < 20; i++) {
            String name = "ghost" + i;
            assertDoesNotThrow(() -> throttle.admitUnknown(name, "203.0.113.7"));
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.admitUnknown("ghost-more", "203.0.113.7"));
        assertThrows(TooManyAttemptsException.class, () -> throttle.admitMalformed("203.0.113.7"));
        assertThrows(TooManyAttemptsException.class, () -> throttle.refuseIfAddressLocked("203.0.113.7"));
        assertDoesNotThrow(() -> throttle.admitAccount("dave"), "an existing account is limited per account only");
        assertDoesNotThrow(() -> throttle.admitUnknown("ghost-more", "203.0.113.8"));
        assertDoesNotThrow(() -> throttle.refuseIfAddressLocked("203.0.113.8"));
    }

    @Test
    void wrongPasswordsOfManyAccountsDoNotLockTheAddress() {
        for (int i = 0; i < 50; i++) {
            String name = "user" + i;
            assertDoesNotThrow(() -> throttle.admitAccount(name));
        }
        assertDoesNotThrow(() -> throttle.refuseIfAddressLocked("203.0.113.7"));
        assertDoesNotThrow(() -> throttle.admitUnknown("someone", "203.0.113.7"));
    }

    @Test
    void aSuccessClearsTheAccountAndOldAttemptsExpire() {
        for (int i = 0; i < 4; i++) {
            throttle.admitAccount("dave");
        }
        throttle.succeeded("dave");
        for (int i = 0; i < 5; i++) {
            assertDoesNotThrow(() -> throttle.admitAccount("dave"));
        }
        for (int i = 0; i < 4; i++) {
            throttle.admitAccount("erin");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            assertDoesNotThrow(() -> throttle.admitAccount("erin"));
        }
    }
}
