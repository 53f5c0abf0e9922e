package org.hetao.registry.lucene;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One search: the query text, filters, page, order, display language and audience.
 *
 * <p>Query syntax (classic Lucene syntax, searched over all text fields of the audience): words
 * ({@code battery recycling}, all must match), phrases ({@code "solid state"}), prefixes ({@code
 * robot*}), {@code AND}, {@code OR}, {@code NOT}, {@code +}, {@code -}, parentheses and fuzzy terms
 * ({@code battrey~}). A query with no hits is retried once with typo tolerance for English words
 * ({@link SearchResult#approximate()}). Invalid syntax is not an error: the text is searched as
 * plain words and {@link SearchResult#syntaxIgnored()} says so. A blank query (or {@code *})
 * matches every visible record. Field syntax ({@code title:x}), ranges and regular expressions are
 * not offered; colons and slashes are ordinary characters.
 *
 * <p>Filters: a map from facet to values, OR within one facet and AND across facets. {@link
 * Builder#types} is a shorthand for the {@link Facet#TYPE} filter.
 *
 * @param query the text typed, possibly blank
 * @param filters facet values to keep
 * @param page 1-based page number
 * @param size hits per page
 * @param sort hit order
 * @param displayLanguage language in which titles and snippets are preferred
 * @param audience who is searching
 */
public record SearchRequest(
        String query,
        Map<Facet, Set<String>> filters,
        int page,
        int size,
        SortOrder sort,
        Language displayLanguage,
        Audience audience) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    /**
     * Validates the request.
     *
     * @throws SearchLimitException when the query, page or filters exceed {@link SearchLimits}
     * @throws IllegalArgumentException for a page or size below 1
     */
    public SearchRequest {
        query = query == null ? "" : query.strip();
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(displayLanguage, "displayLanguage");
        Objects.requireNonNull(audience, "audience");
        if (query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new SearchLimitException("the query is " + query.length() + " characters long; the limit is "
                    + SearchLimits.MAX_QUERY_LENGTH);
        }
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
        if (size > SearchLimits.MAX_PAGE_SIZE) {
            throw new SearchLimitException(
                    "page size " + size + " is above the limit of " + SearchLimits.MAX_PAGE_SIZE);
        }
        if ((long) page * size > SearchLimits.MAX_RESULT_WINDOW) {
            throw new SearchLimitException("only the first " + SearchLimits.MAX_RESULT_WINDOW
                    + " hits can be paged through; refine the query or filters");
        }
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        int valueCount = 0;
        for (Map.Entry<Facet, Set<String>> entry :
                (filters == null ? Map.<Facet, Set<String>>of() : filters).entrySet()) {
            Set<String> values = Identifiers.clean(entry.getValue());
            if (!values.isEmpty()) {
                copy.put(entry.getKey(), values);
                valueCount += values.size();
            }
        }
        if (valueCount > SearchLimits.MAX_FILTER_VALUES) {
            throw new SearchLimitException(
                    "at most " + SearchLimits.MAX_FILTER_VALUES + " filter values may be selected");
        }
        filters = Collections.unmodifiableMap(copy);
    }

    /** The index of the first hit of the page, 0-based. */
    public int offset() {
        return (page - 1) * size;
    }

    public static Builder builder(Audience audience) {
        return new Builder(audience);
    }

    /** Builds a {@link SearchRequest}; defaults: blank query, page 1 of 20, relevance, English. */
    public static final class Builder {
        private final Audience audience;
        private String query = "";
        private final EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        private int page = 1;
        private int size = DEFAULT_PAGE_SIZE;
        private SortOrder sort = SortOrder.RELEVANCE;
        private Language language = Language.EN;

        private Builder(Audience audience) {
            this.audience = audience;
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /** Keeps records having any of the values of this facet. */
        public Builder filter(Facet facet, Collection<String> values) {
            filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values);
            return this;
        }

        public Builder filter(Facet facet, String... values) {
            return filter(facet, Arrays.asList(values));
        }

        /** Keeps records of any of these types. */
        public Builder types(DocType... types) {
            return filter(Facet.TYPE, Arrays.stream(types).map(DocType::urlName).toList());
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder sort(SortOrder sort) {
            this.sort = sort;
            return this;
        }

        /** The display language as a BCP-47 tag; unsupported tags fall back to English. */
        public Builder language(String tag) {
            this.language = Language.forDisplay(tag);
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, page, size, sort, language, audience);
        }
    }
}
