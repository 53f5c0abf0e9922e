package org.hetao.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Limits password guessing. Every attempt reserves its place before any password hash is computed,
 * so concurrent guesses cannot overtake the limit. An existing account, and equally a username that
 * does not exist (so that the answers do not tell them apart), may be tried {@value #ACCOUNT_FREE}
 * times in {@link #WINDOW}; the attempt that reaches the limit locks the username for 30 s, doubling
 * with each further attempt up to 15 minutes, and a successful sign-in clears it. A client address
 * is limited only in what cannot be tied to an existing account (unknown usernames, requests without
 * a username or password), {@value #ADDRESS_FREE} of them in the window, so that many people behind
 * one address (a reverse proxy, an office network) still sign in to their own accounts.
 */
@ApplicationScoped
public class SignInThrottle {
    static final int ACCOUNT_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final AttemptCounters.Limit ACCOUNT =
            new AttemptCounters.Limit(ACCOUNT_FREE, WINDOW, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final AttemptCounters.Limit ADDRESS =
            new AttemptCounters.Limit(ADDRESS_FREE, WINDOW, Duration.ofSeconds(30), Duration.ofMinutes(15));

    private final AttemptCounters counters;
    private final Clock clock;

    public SignInThrottle() {
        this(new MemoryAttemptCounters(), Clock.systemUTC());
    }

    SignInThrottle(AttemptCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** Reserves an attempt at an existing account, or fails with {@link TooManyAttemptsException}. */
    public void admitAccount(String username) {
        refuseIfLocked(counters.reserve(userKey(username), ACCOUNT, clock.instant()));
    }

    /** Reserves an attempt at a username that does not exist: counted for the username and for the address. */
    public void admitUnknown(String username, String address) {
        refuseIfLocked(counters.reserve(addressKey(address), ADDRESS, clock.instant()));
        refuseIfLocked(counters.reserve(userKey(username), ACCOUNT, clock.instant()));
    }

    /** Reserves an attempt without a username or password, counted for the address. */
    public void admitMalformed(String address) {
        refuseIfLocked(counters.reserve(addressKey(address), ADDRESS, clock.instant()));
    }

    /**
     * Fails with {@link TooManyAttemptsException} if the address is locked; used after a wrong
     * password of an existing account, so that such an address gets the same answer for existing
     * and unknown usernames.
     */
    public void refuseIfAddressLocked(String address) {
        refuseIfLocked(counters.lockedFor(addressKey(address), clock.instant()));
    }

    public void succeeded(String username) {
        counters.clear(userKey(username));
    }

    private static void refuseIfLocked(long wait) {
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
