package org.hetao.registry.lucene;

import java.time.Duration;
import java.util.Objects;

/**
 * How much time and concurrency searches may take, on top of the structural {@link SearchLimits}.
 *
 * <p>Each search has {@code timeout} from its start: a search still expanding terms, matching,
 * sorting or counting facets when it runs out is stopped and refused with {@link
 * SearchTimeoutException} (there are no partial results: a total or facet count of part of the
 * index would be wrong without saying so); a typo-tolerant retry that runs out is dropped in favour
 * of the exact (empty) result; hits read after it are not highlighted. At most {@code expensiveSearches} expensive searches (with prefix,
 * wildcard or fuzzy terms, or typo-tolerant) run at once; another one waits up to {@link
 * #queueWait()} for its turn and is then refused with {@link SearchOverloadedException}. A
 * typo-tolerant retry that finds no free turn is skipped instead.
 *
 * @param timeout the time one search may take
 * @param expensiveSearches how many expensive searches may run at once (at least 1)
 */
public record SearchBudget(Duration timeout, int expensiveSearches) {

    /** The default time budget of one search. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /** Two seconds per search; one expensive search per processor. */
    public static SearchBudget defaults() {
        return new SearchBudget(DEFAULT_TIMEOUT, Runtime.getRuntime().availableProcessors());
    }

    public SearchBudget {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the search timeout must be positive: " + timeout);
        }
        if (expensiveSearches < 1) {
            throw new IllegalArgumentException("at least one expensive search must be allowed: " + expensiveSearches);
        }
    }

    /** How long an expensive search waits for a turn: a quarter of the timeout, at most 250 ms. */
    public Duration queueWait() {
        Duration quarter = timeout.dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(250)) < 0 ? quarter : Duration.ofMillis(250);
    }

    /** What a refused caller is told to wait before trying again: the timeout, in whole seconds (at least 1). */
    public long retryAfterSeconds() {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
