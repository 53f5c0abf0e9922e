package org.hetao.registry.savedsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.SecretTokens;
import org.junit.jupiter.api.Test;

class SavedSearchTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void keepsTypesAndFacetFiltersApart() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", List.of("ip-asset"));
        filters.put("sector", List.of("LIFE_HEALTH", "a&b=c 生物"));
        SavedSearch s = new SavedSearch(7, " Biotech ", "  gene* ", filters, "zh-hant", NOW);
        assertEquals("Biotech", s.getName());
        assertEquals("gene*", s.getQuery());
        assertEquals(List.of("ip-asset"), s.getTypes());
        assertEquals(Map.of("sector", List.of("LIFE_HEALTH", "a&b=c 生物")), s.getFacetFilters());
        assertEquals("zh-Hant", s.getLanguage());
    }

    @Test
    void blankLanguageIsEnglishAndOthersAreRefused() {
        assertEquals("en", new SavedSearch(7, "All", null, null, null, NOW).getLanguage());
        assertThrows(InvalidValueException.class, () -> new SavedSearch(7, "All", "", Map.of(), "fr", NOW));
        assertThrows(InvalidValueException.class, () -> new SavedSearch(7, " ", "", Map.of(), "en", NOW));
        assertThrows(
                InvalidValueException.class, () -> new SavedSearch(7, "Long", "x".repeat(501), Map.of(), "en", NOW));
    }

    @Test
    void recordsRegisteredAfterTheLastVisitAreNew() {
        SavedSearch s = new SavedSearch(7, "All", "", Map.of(), "en", NOW);
        assertFalse(s.isNew(NOW.minusSeconds(1)));
        assertFalse(s.isNew(NOW));
        assertTrue(s.isNew(NOW.plusSeconds(1)));
        s.visited(NOW.plusSeconds(5));
        assertFalse(s.isNew(NOW.plusSeconds(1)));
    }

    @Test
    void feedSecretsAreLongRandomAndStoredHashed() {
        String token = SecretTokens.newToken();
        assertTrue(SecretTokens.wellFormed(token), token);
        assertFalse(SecretTokens.wellFormed("short"));
        assertEquals(64, SecretTokens.hash(token).length());
        SavedSearch s = new SavedSearch(7, "All", "", Map.of(), "en", NOW);
        assertFalse(s.hasFeed());
        s.feedToken(SecretTokens.hash(token));
        assertTrue(s.hasFeed());
        s.revokeFeedToken();
        assertFalse(s.hasFeed());
    }
}
