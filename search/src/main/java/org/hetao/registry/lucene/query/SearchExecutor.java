package org.hetao.registry.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.HighlightedText;
import org.hetao.registry.lucene.HitTotal;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.SearchBudget;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchLimitException;
import org.hetao.registry.lucene.SearchOverloadedException;
import org.hetao.registry.lucene.SearchRequest;
import org.hetao.registry.lucene.SearchResult;
import org.hetao.registry.lucene.SearchTimeoutException;
import org.hetao.registry.lucene.index.FacetSchema;
import org.hetao.registry.lucene.index.FacetingSearcher;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Runs one {@link SearchRequest} on a searcher: the text query must match, the audience filter
 * and facet filters (OR within a facet, AND across) are filter clauses, facets are counted with
 * {@link DrillSideways}, and the requested page is read back and highlighted. When nothing
 * matches, the search is repeated once with typo tolerance for the English words that may be
 * typos ({@link TypoTolerance}: long enough, and not in the index).
 *
 * <p>Within a {@link SearchBudget}: the searched reader stops at the search's deadline while
 * expanding terms, matching, sorting or counting facets ({@link ThreadDeadline}), and the search
 * is refused with {@link SearchTimeoutException}; hits past the deadline are not highlighted;
 * expensive searches take a turn from {@link ExpensiveSearches}; the typo-tolerant retry runs
 * only with time and a free turn left. A wildcard too complex for Lucene's automata is refused
 * with {@link SearchLimitException}, wherever it is found.
 */
public final class SearchExecutor {

    private final int totalHitsThreshold;
    private final SearchBudget budget;
    private final ExpensiveSearches expensive;
    private final ThreadDeadline readerDeadline = new ThreadDeadline();

    /**
     * @param totalHitsThreshold totals are exact up to this many hits
     * @param budget time and concurrency of searches
     */
    public SearchExecutor(int totalHitsThreshold, SearchBudget budget) {
        this.totalHitsThreshold = totalHitsThreshold;
        this.budget = budget;
        this.expensive = new ExpensiveSearches(budget);
    }

    /**
     * Compiles a query in every language once, so that the analyzers' dictionaries (seconds to
     * load for Chinese) are loaded before the first search's time budget starts, not within it.
     */
    public static void warmUp() {
        QueryCompiler.compile("warming 預熱 预热 warm*", Audience.everything(), TypoTolerance.outside(term -> false));
    }

    /**
     * The timeout to wrap the searched reader in ({@link
     * org.apache.lucene.index.ExitableDirectoryReader}): it stops term enumeration at the deadline
     * of the search running on the thread.
     */
    public ThreadDeadline readerDeadline() {
        return readerDeadline;
    }

    /**
     * @throws SearchLimitException if the query exceeds a structural limit
     * @throws SearchOverloadedException if it is expensive and no turn came free in time
     * @throws SearchTimeoutException if expanding the query's terms took the whole budget
     */
    public SearchResult search(FacetingSearcher searcher, SearchRequest request) throws IOException {
        QueryTimeout deadline = ThreadDeadline.after(budget.timeout());
        try {
            return searchWithin(searcher, request, deadline);
        } catch (TooComplexToDeterminizeException tooComplex) {
            throw new SearchLimitException("the query is too complex; please use fewer wildcards");
        }
    }

    private SearchResult searchWithin(FacetingSearcher searcher, SearchRequest request, QueryTimeout deadline)
            throws IOException {
        QueryCompiler.Compiled exact = QueryCompiler.compile(request.query(), request.audience(), TypoTolerance.NONE);
        if (searcher.facetState() == null) {
            return new SearchResult(
                    new HitTotal(0, true),
                    List.of(),
                    Map.of(),
                    false,
                    exact.syntaxIgnored(),
                    request.page(),
                    request.size());
        }
        SearchResult result;
        try (ExpensiveSearches.Turn turn = exact.expensive() ? expensive.enter() : ExpensiveSearches.Turn.NONE) {
            result = run(searcher, request, exact, false, deadline);
        }
        if (result.total().value() > 0 || request.query().isBlank() || deadline.shouldExit()) {
            return result;
        }
        QueryCompiler.Compiled tolerant = QueryCompiler.compile(
                request.query(), request.audience(), TypoTolerance.outside(indexed(searcher, request.audience())));
        if (!tolerant.approximate()) {
            return result;
        }
        Optional<ExpensiveSearches.Turn> turn = expensive.tryEnter();
        if (turn.isEmpty()) {
            return result;
        }
        try (ExpensiveSearches.Turn held = turn.get()) {
            return run(searcher, request, tolerant, true, deadline);
        } catch (IndexSearcher.TooManyClauses | SearchTimeoutException notNow) {
            return result;
        }
    }

    /**
     * Whether a record the audience may see contains a term. Only those count: were a word of a
     * record the reader may not see enough to keep it from typo tolerance, whether results are
     * approximate would tell that some hidden record contains the word.
     */
    private static Predicate<Term> indexed(IndexSearcher searcher, Audience audience) {
        Query visible = AudienceFilter.of(audience);
        return term -> {
            try {
                if (visible == null) {
                    return searcher.getIndexReader().docFreq(term) > 0;
                }
                Query visibleWithTerm = new BooleanQuery.Builder()
                        .add(new TermQuery(term), BooleanClause.Occur.MUST)
                        .add(visible, BooleanClause.Occur.FILTER)
                        .build();
                return searcher.count(visibleWithTerm) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException("reading the term dictionary", e);
            }
        };
    }

    private SearchResult run(
            FacetingSearcher searcher,
            SearchRequest request,
            QueryCompiler.Compiled text,
            boolean approximate,
            QueryTimeout deadline)
            throws IOException {
        int numHits = request.page() * request.size();
        TopFieldCollectorManager hits =
                new TopFieldCollectorManager(sort(request), numHits, null, totalHitsThreshold, true);
        DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> found;
        try (ThreadDeadline.Armed armed = readerDeadline.arm(deadline)) {
            found = new DrillSideways(searcher, FacetSchema.config(), searcher.facetState())
                    .search(filtered(text.query(), request), hits);
        } catch (IndexSearcher.TooManyClauses tooMany) {
            if (approximate) {
                throw tooMany;
            }
            throw new SearchLimitException("the query expands to too many terms; please use fewer wildcards");
        } catch (ExitableDirectoryReader.ExitingReaderException timedOut) {
            throw new SearchTimeoutException(budget.timeout().toMillis(), budget.retryAfterSeconds());
        }
        TopFieldDocs top = found.collectorResult;
        ScoreDoc[] page = top.scoreDocs.length <= request.offset()
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
        return new SearchResult(
                total(top.totalHits),
                hits(searcher, page, text.query(), request, deadline),
                FacetCountsReader.read(found.facets),
                approximate,
                text.syntaxIgnored(),
                request.page(),
                request.size());
    }

    /** The text query with the audience and facet filters. */
    private static DrillDownQuery filtered(Query text, SearchRequest request) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        Query audience = AudienceFilter.of(request.audience());
        if (audience != null) {
            base.add(audience, BooleanClause.Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(FacetSchema.config(), base.build());
        for (Map.Entry<Facet, Set<String>> filter : request.filters().entrySet()) {
            for (String value : filter.getValue()) {
                query.add(filter.getKey().dimension(), value);
            }
        }
        return query;
    }

    private HitTotal total(TotalHits totalHits) {
        boolean exact = totalHits.relation == TotalHits.Relation.EQUAL_TO && totalHits.value <= totalHitsThreshold;
        return exact ? new HitTotal(totalHits.value, true) : new HitTotal(totalHitsThreshold, false);
    }

    /** The page's hits, highlighted until the deadline passes and plain after it. */
    private static List<SearchHit> hits(
            IndexSearcher searcher, ScoreDoc[] page, Query textQuery, SearchRequest request, QueryTimeout deadline)
            throws IOException {
        HitHighlighter highlighter = new HitHighlighter(textQuery, request.audience(), request.displayLanguage());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc scoreDoc : page) {
            Document document = stored.document(scoreDoc.doc);
            LocalizedText titles = HitHighlighter.storedText(document, IndexFields.STORED_TITLE);
            Language titleLanguage =
                    titles.bestLanguageFor(request.displayLanguage()).orElse(null);
            String title =
                    titleLanguage == null ? "" : titles.get(titleLanguage).orElseThrow();
            boolean mark = !deadline.shouldExit();
            HighlightedText highlightedTitle = titleLanguage == null || !mark
                    ? HighlightedText.plain(title)
                    : highlighter.title(title, titleLanguage);
            hits.add(new SearchHit(
                    DocType.fromUrlName(document.get(IndexFields.TYPE)),
                    document.getField(IndexFields.ID).numericValue().longValue(),
                    title,
                    titleLanguage,
                    highlightedTitle,
                    mark ? highlighter.snippets(document) : highlighter.openings(document)));
        }
        return hits;
    }

    private static Sort sort(SearchRequest request) {
        SortField newest = new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField uid = new SortField(IndexFields.UID, SortField.Type.STRING);
        return switch (request.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, uid);
            case NEWEST -> new Sort(newest, SortField.FIELD_SCORE, uid);
            case TITLE -> {
                SortField title =
                        new SortField(IndexFields.sortTitle(request.displayLanguage()), SortField.Type.STRING);
                title.setMissingValue(SortField.STRING_LAST);
                yield new Sort(title, SortField.FIELD_SCORE, uid);
            }
        };
    }
}
