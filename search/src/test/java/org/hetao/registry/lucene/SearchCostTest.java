package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every search is bounded: in expansion by refusals, in time by the budget. */
class SearchCostTest {

    /** Far below the seconds the unbounded wildcards took, far above what a bounded search takes. */
    static final Duration QUICK = Duration.ofSeconds(1);

    static final List<Audience> AUDIENCES =
            List.of(Audience.investor(), Audience.institutions(Set.of(HKUST)), Audience.everything());

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(7);
        List<SearchDocument> documents = new ArrayList<>();
        for (int id = 1; id <= 200; id++) {
            boolean open = id % 2 == 0;
            documents.add(SearchDocument.builder(DocType.PROJECT, id)
                    .visibility(open ? Visibility.PUBLIC : Visibility.CONFIDENTIAL)
                    .investorVisible(open)
                    .parties(Set.of((long) (id % 5)))
                    .title(LocalizedText.english("robot " + words(random, 6)))
                    .summary(LocalizedText.english(words(random, 30)))
                    .abstractText(LocalizedText.english(words(random, 60)))
                    .build());
        }
        index = indexWith(dir, documents.toArray(SearchDocument[]::new));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Words under a few common prefixes, so that prefixes and wildcards have much to expand to. */
    static String words(Random random, int count) {
        String[] starts = {"ro", "co", "re", "ba"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(starts[random.nextInt(starts.length)]);
            for (int j = 0, n = 3 + random.nextInt(6); j < n; j++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }

    /** {@code ro*a*b*c*...*} and {@code co*a*b*...}, ORed, up to {@code length} characters. */
    static String manyWildcards(String wildcard, int length) {
        StringBuilder term = new StringBuilder("ro");
        for (char c = 'a'; term.length() < length / 2 - 4; c = c == 'z' ? 'a' : (char) (c + 1)) {
            term.append(wildcard).append(c);
        }
        term.append('*');
        return term + " OR " + term.toString().replaceFirst("ro", "co");
    }

    static void assertRefusedQuickly(String query) {
        for (Audience audience : AUDIENCES) {
            long start = System.nanoTime();
            SearchLimitException refused = assertThrows(
                    SearchLimitException.class,
                    () -> index.search(
                            SearchRequest.builder(audience).query(query).build()),
                    query);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(QUICK) < 0, audience + " took " + took + " to refuse " + query);
            assertTrue(refused.getMessage().contains("wildcard"), refused.getMessage());
        }
    }

    @Test
    void aTermWithManyWildcardsIsRefusedQuickly() {
        String query = manyWildcards("*", 484);
        assertTrue(query.length() <= SearchLimits.MAX_QUERY_LENGTH);
        assertRefusedQuickly(query);
        assertRefusedQuickly("ro*a*b*c*");
    }

    @Test
    void aWildcardTooComplexToDeterminizeIsRefusedNotThrown() {
        assertRefusedQuickly("ro*a?*b?*c?*d?*e?*f?*g?*h?*i?*j?*k?*l?*m?*n?*");
        assertRefusedQuickly(manyWildcards("?*", 480));
    }

    @Test
    void wildcardsWithinTheLimitsStillWork() throws IOException {
        for (String query : List.of("robot", "rob*", "ro?ot", "ro?o*t*", "robo?*")) {
            SearchResult result = index.search(everything(query).build());
            assertTrue(result.total().value() > 0, query);
        }
    }

    /** Any mix of wildcards, whatever its shape, is answered or refused, never thrown otherwise. */
    @Test
    void randomWildcardTermsAreAnsweredOrRefused() {
        Random random = new Random(11);
        String alphabet = "roabc*?*?";
        for (int i = 0; i < 100; i++) {
            StringBuilder query = new StringBuilder("ro");
            for (int j = 0, n = 1 + random.nextInt(40); j < n; j++) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            long start = System.nanoTime();
            try {
                index.search(SearchRequest.builder(Audience.everything())
                        .query(query.toString())
                        .build());
            } catch (SearchLimitException refused) {
                // a refusal that says why is a valid answer
            } catch (IOException | RuntimeException e) {
                fail(query + " threw " + e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(QUICK) < 0, query + " took " + took);
        }
    }

    @Test
    void aSearchPastItsDeadlineIsStoppedAndRefused(@TempDir Path other) throws IOException {
        try (SearchIndex tight = SearchIndex.open(other, new SearchBudget(Duration.ofNanos(1), 2))) {
            tight.replaceAll(
                    List.of(
                            licensable(1, "Robot arm", "機械臂")
                                    .sectors("robotics")
                                    .build(),
                            licensable(2, "Robot hand", "機械手")
                                    .sectors("robotics")
                                    .build()),
                    RebuildProgress.none());
            for (String query : List.of("robot", "rob*", "robot~", "robto")) {
                for (Audience audience : AUDIENCES) {
                    SearchTimeoutException timedOut = assertThrows(
                            SearchTimeoutException.class,
                            () -> tight.search(
                                    SearchRequest.builder(audience).query(query).build()),
                            query);
                    assertEquals(1, timedOut.retryAfterSeconds());
                }
            }
        }
    }

    @Test
    void theBudgetRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SearchBudget(Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new SearchBudget(Duration.ofSeconds(1), 0));
        assertEquals(Duration.ofMillis(250), new SearchBudget(Duration.ofSeconds(2), 1).queueWait());
        assertEquals(3, new SearchBudget(Duration.ofMillis(2500), 1).retryAfterSeconds());
    }
}
