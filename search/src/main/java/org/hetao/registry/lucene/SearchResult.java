package org.hetao.registry.lucene;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and the facet counts.
 *
 * @param total how many visible records matched
 * @param hits the requested page
 * @param facets per facet, its values with counts; each facet's counts apply every active filter
 *     except that facet's own (drill sideways), so other values of a filtered facet stay visible
 * @param approximate true when nothing matched exactly and the hits come from typo-tolerant
 *     matching of English words
 * @param syntaxIgnored true when the query was not valid syntax and was searched as plain words
 * @param page the page number
 * @param size the page size
 */
public record SearchResult(
        HitTotal total,
        List<SearchHit> hits,
        Map<Facet, List<FacetValue>> facets,
        boolean approximate,
        boolean syntaxIgnored,
        int page,
        int size) {

    public SearchResult {
        hits = List.copyOf(hits);
        EnumMap<Facet, List<FacetValue>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** The counted values of one facet (empty if none). */
    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** The count for one facet value, 0 if absent. */
    public long count(Facet facet, String value) {
        return facet(facet).stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(FacetValue::count)
                .findFirst()
                .orElse(0);
    }
}
