package org.hetao.registry.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.ReadRule;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.indexing.IndexReconciler;
import org.hetao.registry.indexing.IndexReport;
import org.hetao.registry.indexing.Outbox;
import org.hetao.registry.indexing.RegistryIndex;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchLimitException;
import org.hetao.registry.lucene.SearchLimits;
import org.hetao.registry.lucene.SearchOverloadedException;
import org.hetao.registry.lucene.SearchRequest;
import org.hetao.registry.lucene.SearchResult;
import org.hetao.registry.lucene.SearchTimeoutException;
import org.hetao.registry.lucene.SortOrder;

/**
 * Searches the registry as the caller may see it: the caller's read scope becomes the search's
 * audience, so investors, offices and privileged readers each find exactly what the API lets them
 * read. Checks the parameters against the search limits, naming the offending parameter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {
    private static final String TYPES =
            Arrays.stream(DocType.values()).map(DocType::urlName).collect(Collectors.joining(", "));

    @Inject
    AccessGuard access;

    @Inject
    RegistryIndex registry;

    @Inject
    Outbox outbox;

    @Inject
    IndexReconciler reconciler;

    @Inject
    IpAssetRepository assets;

    public SearchAnswer search(SearchParameters p) {
        return searchAs(p, access.scope());
    }

    /** Searches as a reader with this scope would, whoever calls (a saved search runs with its owner's scope). */
    public SearchAnswer searchAs(SearchParameters p, ReadScope scope) {
        SearchRequest request = request(p, audience(scope));
        try {
            SearchResult result = registry.searchable().search(request);
            return new SearchAnswer(
                    result,
                    registry.state(),
                    assets.ipStatuses(result.hits().stream()
                            .filter(h -> h.type() == DocType.IP_ASSET)
                            .map(SearchHit::id)
                            .toList()));
        } catch (SearchLimitException e) {
            throw new InvalidValueException("q", ErrorCode.SEARCH_QUERY_LIMIT, e.getMessage());
        } catch (SearchOverloadedException e) {
            throw new SearchBusyException(e.getMessage(), e.retryAfterSeconds());
        } catch (SearchTimeoutException e) {
            throw new SearchBusyException(e.getMessage(), e.retryAfterSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails as a search with these parameters would (400 naming the parameter), without running it. */
    public static void check(SearchParameters p) {
        request(p, Audience.everything());
    }

    /** Starts a rebuild from the database unless one is running; answers the state either way. */
    public IndexReport reindex() {
        registry.searchable();
        registry.rebuild("requested by " + access.actorName());
        return status();
    }

    /**
     * Compares the index with the database and queues every difference for the indexer (unless a
     * rebuild runs, which replaces everything); answers the state with the comparison's counts.
     */
    public IndexReport reconcile() {
        registry.searchable();
        registry.reconcile("requested by " + access.actorName());
        return status();
    }

    public IndexReport status() {
        return new IndexReport(registry.state(), outbox.pendingCount(), outbox.failingCount(), reconciler.last());
    }

    static Audience audience(ReadScope scope) {
        return ReadRule.audience(scope);
    }

    static SearchRequest request(SearchParameters p, Audience audience) {
        String query = p.query() == null ? "" : p.query().strip();
        if (query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new InvalidValueException(
                    "q",
                    ErrorCode.LENGTH,
                    "is " + query.length() + " characters long; the limit is " + SearchLimits.MAX_QUERY_LENGTH,
                    Map.of("max", SearchLimits.MAX_QUERY_LENGTH));
        }
        long page = p.page() == null ? 1 : p.page();
        long size = p.size() == null ? SearchRequest.DEFAULT_PAGE_SIZE : p.size();
        if (page < 1) {
            throw new InvalidValueException("page", ErrorCode.PARAM_RANGE, "starts at 1", Map.of("min", 1));
        }
        if (size < 1 || size > SearchLimits.MAX_PAGE_SIZE) {
            throw new InvalidValueException(
                    "size",
                    ErrorCode.PARAM_RANGE,
                    "must be between 1 and " + SearchLimits.MAX_PAGE_SIZE,
                    Map.of("min", 1, "max", SearchLimits.MAX_PAGE_SIZE));
        }
        if (page > SearchLimits.MAX_RESULT_WINDOW / size) {
            throw new InvalidValueException(
                    "page",
                    ErrorCode.PAGE_TOO_DEEP,
                    "is too deep: only the first " + SearchLimits.MAX_RESULT_WINDOW
                            + " hits can be paged through (page × size); refine the query or the filters",
                    Map.of("max", SearchLimits.MAX_RESULT_WINDOW));
        }
        Map<Facet, Set<String>> filters = filters(p);
        int values = filters.values().stream().mapToInt(Set::size).sum();
        if (values > SearchLimits.MAX_FILTER_VALUES) {
            throw new InvalidValueException(
                    "filters",
                    ErrorCode.SEARCH_TOO_MANY_FILTERS,
                    "at most " + SearchLimits.MAX_FILTER_VALUES + " filter values may be selected",
                    Map.of("max", SearchLimits.MAX_FILTER_VALUES));
        }
        SearchRequest.Builder b = SearchRequest.builder(audience)
                .query(query)
                .page((int) page)
                .size((int) size)
                .sort(sort(p.sort()))
                .language(p.language());
        filters.forEach(b::filter);
        try {
            return b.build();
        } catch (SearchLimitException e) {
            throw new InvalidValueException("q", ErrorCode.SEARCH_QUERY_LIMIT, e.getMessage());
        }
    }

    private static Map<Facet, Set<String>> filters(SearchParameters p) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (String type : nonBlank(p.types())) {
            try {
                filters.computeIfAbsent(Facet.TYPE, f -> new LinkedHashSet<>())
                        .add(DocType.fromUrlName(type).urlName());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(
                        "type",
                        ErrorCode.PARAM_ENUM,
                        "'" + type + "' is not a record type; use " + TYPES,
                        Map.of(
                                "allowed",
                                Arrays.stream(DocType.values())
                                        .map(DocType::urlName)
                                        .toList()));
            }
        }
        if (p.filters() != null) {
            p.filters().forEach((name, values) -> {
                Facet facet;
                try {
                    facet = Facet.fromDimension(name);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException(name, ErrorCode.SEARCH_UNKNOWN_FACET, "is not a facet");
                }
                List<String> clean = nonBlank(values);
                if (!clean.isEmpty()) {
                    filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(clean);
                }
            });
        }
        return filters;
    }

    private static SortOrder sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "sort",
                    ErrorCode.PARAM_ENUM,
                    "must be relevance, newest or title",
                    Map.of("allowed", List.of("relevance", "newest", "title")));
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
