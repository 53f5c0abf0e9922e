package org.hetao.registry.savedsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.Account;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SavedSearchPersistenceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesASavedSearchAndFindsItByItsFeedSecret(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            String token = SecretTokens.newToken();
            long[] ids = f.inTransaction(em -> {
                Account investor = new Account("investor-feed", "hash", Role.INVESTOR, null);
                em.persist(investor);
                em.flush();
                SavedSearch s = new SavedSearch(
                        investor.getId(),
                        "Grippers",
                        "gripper*",
                        Map.of("type", List.of("ip-asset"), "sector", List.of("ROBOTICS")),
                        "zh-Hans",
                        NOW);
                s.feedToken(SecretTokens.hash(token));
                new SavedSearchRepository(em).add(s);
                em.flush();
                return new long[] {investor.getId(), s.getId()};
            });
            f.run(em -> {
                SavedSearchRepository repo = new SavedSearchRepository(em);
                SavedSearch read =
                        repo.findByFeedTokenHash(SecretTokens.hash(token)).orElseThrow();
                assertEquals(ids[1], read.getId());
                assertEquals("Grippers", read.getName());
                assertEquals("gripper*", read.getQuery());
                assertEquals(List.of("ip-asset"), read.getTypes());
                assertEquals(Map.of("sector", List.of("ROBOTICS")), read.getFacetFilters());
                assertEquals("zh-Hans", read.getLanguage());
                assertEquals(NOW.toInstant(), read.getLastVisitedAt().toInstant());
                assertEquals(1, repo.countOfAccount(ids[0]));
                assertEquals(List.of(read), repo.ofAccount(ids[0]));
                assertTrue(repo.findByFeedTokenHash(SecretTokens.hash(SecretTokens.newToken()))
                        .isEmpty());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRejectsUnknownLanguagesAndSharedSecrets(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            f.sql("INSERT INTO account (id, version, username, password_hash, role, enabled, created_at, updated_at) "
                    + "VALUES (1, 1, 'investor-x', 'h', 'INVESTOR', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            String insert =
                    "INSERT INTO saved_search (id, version, account_id, name, query_text, filters, language, last_visited_at, "
                            + "feed_token_hash, created_at, updated_at) VALUES (%d, 1, 1, 'S', '', '', '%s', CURRENT_TIMESTAMP, %s, "
                            + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            f.sql(insert.formatted(10, "en", "'abc'"));
            f.sql(insert.formatted(11, "zh-Hant", "NULL"));
            f.sql(insert.formatted(12, "zh-Hans", "NULL"));
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(13, "en", "'abc'")));
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(14, "fr", "NULL")));
        }
    }
}
