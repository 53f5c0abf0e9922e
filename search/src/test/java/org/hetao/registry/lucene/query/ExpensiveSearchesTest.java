package org.hetao.registry.lucene.query;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.SearchBudget;
import org.hetao.registry.lucene.SearchOverloadedException;
import org.junit.jupiter.api.Test;

class ExpensiveSearchesTest {

    @Test
    void aSearchBeyondTheTurnsIsRefusedAfterAShortWait() {
        ExpensiveSearches turns = new ExpensiveSearches(new SearchBudget(Duration.ofMillis(400), 2));
        try (ExpensiveSearches.Turn first = turns.enter();
                ExpensiveSearches.Turn second = turns.enter()) {
            long start = System.nanoTime();
            SearchOverloadedException refused = assertThrows(SearchOverloadedException.class, turns::enter);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(Duration.ofMillis(90)) >= 0, "waited " + waited);
            assertTrue(waited.compareTo(Duration.ofSeconds(1)) < 0, "waited " + waited);
            assertEquals(1, refused.retryAfterSeconds());
            assertTrue(turns.tryEnter().isEmpty());
        }
        try (ExpensiveSearches.Turn again = turns.enter()) {
            assertTrue(turns.tryEnter().isPresent(), "turns are given back");
        }
    }

    @Test
    void onlyExpandingQueriesAreExpensive() {
        Audience everyone = Audience.everything();
        assertFalse(
                QueryCompiler.compile("robot arm", everyone, TypoTolerance.NONE).expensive());
        assertFalse(QueryCompiler.compile("", everyone, TypoTolerance.NONE).expensive());
        assertTrue(QueryCompiler.compile("robot*", everyone, TypoTolerance.NONE).expensive());
        assertTrue(QueryCompiler.compile("robot~", everyone, TypoTolerance.NONE).expensive());
        assertTrue(QueryCompiler.compile("robotic arms", everyone, TypoTolerance.outside(term -> false))
                .expensive());
    }
}
