package org.hetao.registry.lucene;

/**
 * The bounds that keep every search cheap. Exceeding one of the request limits throws {@link
 * SearchLimitException}; the expansion caps silently keep only the best-scoring terms. What
 * these structural bounds do not cover is bounded in time and concurrency by {@link
 * SearchBudget}.
 */
public final class SearchLimits {

    /** Longest query text, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;

    /** Most terms, phrases and wildcard/fuzzy terms one query may contain. */
    public static final int MAX_QUERY_CLAUSES = 64;

    /** Most prefix, wildcard and fuzzy terms one query may contain (each expands in every field). */
    public static final int MAX_MULTI_TERM_CLAUSES = 4;

    /**
     * Most wildcard characters ({@code *} and {@code ?}) in one term: {@code colo?r*} is allowed,
     * {@code ro*a*b*c*} is not. Each wildcard multiplies the work of building the term's automaton,
     * which happens once per searched field before any time limit can apply.
     */
    public static final int MAX_WILDCARDS_PER_TERM = 3;

    /**
     * Most work Lucene may spend making a wildcard term's automaton deterministic (its
     * determinize-work units; Lucene's default is 10,000). Terms within {@link
     * #MAX_WILDCARDS_PER_TERM} stay far below it; a term above it is refused.
     */
    public static final int DETERMINIZE_WORK_LIMIT = 1_000;

    /** Most index terms a prefix, wildcard or fuzzy term expands to, per field (top-terms rewrite). */
    public static final int MAX_TERM_EXPANSIONS = 16;

    /** Fewest characters before the first wildcard: {@code ro*} is allowed, {@code r*} is not. */
    public static final int MIN_WILDCARD_PREFIX = 2;

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Deepest hit a request may page to: {@code page * size} may not exceed this. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    /** Totals are exact up to this many hits; above it they are reported as "at least" this many. */
    public static final int TOTAL_HITS_THRESHOLD = 10_000;

    /** Most facet values a request may filter on, over all facets. */
    public static final int MAX_FILTER_VALUES = 100;

    /** Most values returned per facet. */
    public static final int MAX_FACET_VALUES = 30;

    private SearchLimits() {}
}
