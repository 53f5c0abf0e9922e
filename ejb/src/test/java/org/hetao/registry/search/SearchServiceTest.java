package org.hetao.registry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.SearchRequest;
import org.hetao.registry.lucene.SortOrder;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private static SearchParameters params(String q, Long page, Long size) {
        return new SearchParameters(q, List.of(), Map.of(), page, size, null, null);
    }

    private static String field(SearchParameters p) {
        return assertThrows(InvalidValueException.class, () -> SearchService.request(p, Audience.everything()))
                .errors()
                .get(0)
                .field();
    }

    @Test
    void eachRoleSearchesAsItReads() {
        assertEquals(Audience.everything(), SearchService.audience(ReadScope.of(new Caller(1, "a", Role.ADMIN, null))));
        assertEquals(Audience.everything(), SearchService.audience(ReadScope.of(new Caller(1, "l", Role.LEGAL, null))));
        assertEquals(
                Audience.investor(), SearchService.audience(ReadScope.of(new Caller(1, "i", Role.INVESTOR, null))));
        assertEquals(
                Audience.institutions(Set.of(7L)),
                SearchService.audience(ReadScope.of(new Caller(1, "t", Role.TTO, 7L))));
    }

    @Test
    void convertsTypesFiltersSortAndLanguage() {
        SearchRequest r = SearchService.request(
                new SearchParameters(
                        " robot ",
                        List.of("project", "ip-asset"),
                        Map.of("sector", List.of("ROBOTICS", " "), "readiness", List.of("4")),
                        2L,
                        10L,
                        "Newest",
                        "zh-HK"),
                Audience.investor());
        assertEquals("robot", r.query());
        assertEquals(Set.of("project", "ip-asset"), r.filters().get(Facet.TYPE));
        assertEquals(Set.of("ROBOTICS"), r.filters().get(Facet.SECTOR));
        assertEquals(Set.of("4"), r.filters().get(Facet.READINESS));
        assertEquals(SortOrder.NEWEST, r.sort());
        assertEquals(Language.ZH_HANT, r.displayLanguage());
        assertEquals(2, r.page());
        assertEquals(10, r.size());
    }

    @Test
    void namesTheParameterThatBreaksALimit() {
        assertEquals("q", field(params("x".repeat(501), null, null)));
        assertEquals("page", field(params("x", 0L, null)));
        assertEquals("page", field(params("x", 101L, 100L)));
        assertEquals("page", field(params("x", Long.MAX_VALUE, 2L)));
        assertEquals(
                100,
                SearchService.request(params("x", 100L, 100L), Audience.everything())
                        .page(),
                "hit 10,000 is the last");
        assertEquals("size", field(params("x", 1L, 101L)));
        assertEquals("size", field(params("x", 1L, 0L)));
        assertEquals("sort", field(new SearchParameters("x", List.of(), Map.of(), null, null, "random", null)));
        assertEquals("type", field(new SearchParameters("x", List.of("patent"), Map.of(), null, null, null, null)));
        assertEquals(
                "colour",
                field(new SearchParameters("x", List.of(), Map.of("colour", List.of("red")), null, null, null, null)));
    }
}
