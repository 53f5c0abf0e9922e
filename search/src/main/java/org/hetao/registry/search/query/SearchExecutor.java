package org.hetao.registry.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.hetao.registry.search.DocType;
import org.hetao.registry.search.Facet;
import org.hetao.registry.search.HighlightedText;
import org.hetao.registry.search.HitTotal;
import org.hetao.registry.search.Language;
import org.hetao.registry.search.LocalizedText;
import org.hetao.registry.search.SearchHit;
import org.hetao.registry.search.SearchLimitException;
import org.hetao.registry.search.SearchRequest;
import org.hetao.registry.search.SearchResult;
import org.hetao.registry.search.index.FacetSchema;
import org.hetao.registry.search.index.FacetingSearcher;
import org.hetao.registry.search.index.IndexFields;

/**
 * Runs one {@link SearchRequest} on a searcher: the text query must match, the audience filter
 * and facet filters (OR within a facet, AND across) are filter clauses, facets are counted with
 * {@link DrillSideways}, and the requested page is read back and highlighted. When nothing
 * matches, the search is repeated once with typo tolerance for English words.
 */
public final class SearchExecutor {

  private final int totalHitsThreshold;

  /** @param totalHitsThreshold totals are exact up to this many hits */
  public SearchExecutor(int totalHitsThreshold) {
    this.totalHitsThreshold = totalHitsThreshold;
  }

  public SearchResult search(FacetingSearcher searcher, SearchRequest request) throws IOException {
    QueryCompiler.Compiled exact = QueryCompiler.compile(request.query(), request.audience(), false);
    if (searcher.facetState() == null) {
      return new SearchResult(new HitTotal(0, true), List.of(), Map.of(), false, exact.syntaxIgnored(),
          request.page(), request.size());
    }
    SearchResult result = run(searcher, request, exact, false);
    if (result.total().value() == 0 && !request.query().isBlank()) {
      QueryCompiler.Compiled tolerant = QueryCompiler.compile(request.query(), request.audience(), true);
      if (!tolerant.query().equals(exact.query())) {
        try {
          result = run(searcher, request, tolerant, true);
        } catch (IndexSearcher.TooManyClauses tooMany) {
          return result;
        }
      }
    }
    return result;
  }

  private SearchResult run(FacetingSearcher searcher, SearchRequest request, QueryCompiler.Compiled text,
      boolean approximate) throws IOException {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(text.query(), BooleanClause.Occur.MUST);
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
    int numHits = request.page() * request.size();
    TopFieldCollectorManager hits =
        new TopFieldCollectorManager(sort(request), numHits, null, totalHitsThreshold, true);
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> found;
    try {
      found = new DrillSideways(searcher, FacetSchema.config(), searcher.facetState()).search(query, hits);
    } catch (IndexSearcher.TooManyClauses tooMany) {
      if (approximate) {
        throw tooMany;
      }
      throw new SearchLimitException("the query expands to too many terms; please use fewer wildcards");
    }
    TopFieldDocs top = found.collectorResult;
    ScoreDoc[] page = top.scoreDocs.length <= request.offset()
        ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
    TopFieldCollector.populateScores(page, searcher, text.query());
    return new SearchResult(total(top.totalHits), hits(searcher, page, text.query(), request),
        FacetCountsReader.read(found.facets), approximate, text.syntaxIgnored(), request.page(), request.size());
  }

  private HitTotal total(TotalHits totalHits) {
    boolean exact = totalHits.relation == TotalHits.Relation.EQUAL_TO && totalHits.value <= totalHitsThreshold;
    return exact ? new HitTotal(totalHits.value, true) : new HitTotal(totalHitsThreshold, false);
  }

  private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query textQuery,
      SearchRequest request) throws IOException {
    HitHighlighter highlighter = new HitHighlighter(textQuery, request.audience(), request.displayLanguage());
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (ScoreDoc scoreDoc : page) {
      Document document = stored.document(scoreDoc.doc);
      LocalizedText titles = HitHighlighter.storedText(document, IndexFields.STORED_TITLE);
      Language titleLanguage = titles.bestLanguageFor(request.displayLanguage()).orElse(null);
      String title = titleLanguage == null ? "" : titles.get(titleLanguage).orElseThrow();
      HighlightedText highlightedTitle =
          titleLanguage == null ? HighlightedText.plain("") : highlighter.title(title, titleLanguage);
      hits.add(new SearchHit(
          DocType.fromUrlName(document.get(IndexFields.TYPE)),
          document.getField(IndexFields.ID).numericValue().longValue(),
          title,
          titleLanguage,
          highlightedTitle,
          highlighter.snippets(document),
          scoreDoc.score));
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
        SortField title = new SortField(IndexFields.sortTitle(request.displayLanguage()), SortField.Type.STRING);
        title.setMissingValue(SortField.STRING_LAST);
        yield new Sort(title, SortField.FIELD_SCORE, uid);
      }
    };
  }
}
