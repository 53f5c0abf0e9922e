package org.hetao.registry.lucene.query;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hetao.registry.lucene.SearchBudget;
import org.hetao.registry.lucene.SearchOverloadedException;

/** The turns for expensive searches: at most {@link SearchBudget#expensiveSearches()} at once. */
final class ExpensiveSearches {

    /** A turn, given back when closed. */
    interface Turn extends AutoCloseable {
        /** No turn needed (a cheap search). */
        Turn NONE = () -> {};

        @Override
        void close();
    }

    private final Semaphore turns;
    private final SearchBudget budget;

    ExpensiveSearches(SearchBudget budget) {
        this.budget = budget;
        this.turns = new Semaphore(budget.expensiveSearches(), true);
    }

    /**
     * Waits up to {@link SearchBudget#queueWait()} for a turn.
     *
     * @throws SearchOverloadedException if none came free
     */
    Turn enter() {
        Duration wait = budget.queueWait();
        try {
            if (turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return turns::release;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SearchOverloadedException(budget.retryAfterSeconds());
    }

    /** A turn if one is free now. */
    Optional<Turn> tryEnter() {
        return turns.tryAcquire() ? Optional.of(turns::release) : Optional.empty();
    }
}
