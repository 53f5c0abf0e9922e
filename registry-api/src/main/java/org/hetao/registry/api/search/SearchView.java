package org.hetao.registry.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.api.ipasset.IpStatusView;
import org.hetao.registry.indexing.IndexState;
import org.hetao.registry.ipasset.IpStatus;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.FacetValue;
import org.hetao.registry.lucene.HighlightedText;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchResult;
import org.hetao.registry.lucene.Snippet;
import org.hetao.registry.search.SearchAnswer;

/**
 * One page of search hits with the total, the facet counts and whether the index is being rebuilt.
 * Highlighted text comes as segments, each plain or a match: clients escape the text themselves, so
 * no markup from the data is ever sent or trusted.
 */
public record SearchView(
        TotalView total,
        int page,
        int size,
        List<HitView> hits,
        Map<String, List<FacetCountView>> facets,
        boolean rebuilding,
        ProgressView progress,
        boolean approximate,
        boolean syntaxIgnored) {

    /** How many records matched; {@code exact} false means "at least {@code value}". */
    public record TotalView(long value, boolean exact) {}

    /**
     * A record found: its type ({@code project}, {@code ip-asset}, ...) and id name it in the rest of the API. Hits come
     * best first; there is no score, which would be computed over records the caller may not see. An IP asset's hit carries its
     * IP status, derived from its filings.
     */
    public record HitView(
            String type,
            long id,
            String title,
            String titleLanguage,
            List<SegmentView> titleSegments,
            List<SnippetView> snippets,
            IpStatusView ipStatus) {
        static HitView of(SearchHit h, Map<Long, IpStatus> assetStatus) {
            IpStatus status = h.type() == DocType.IP_ASSET ? assetStatus.get(h.id()) : null;
            return new HitView(
                    h.type().urlName(),
                    h.id(),
                    h.title(),
                    h.titleLanguage() == null ? null : h.titleLanguage().tag(),
                    SegmentView.of(h.highlightedTitle()),
                    h.snippets().stream().map(SnippetView::of).toList(),
                    status == null ? null : IpStatusView.of(status));
        }
    }

    /** A passage of one field ({@code summary}, {@code abstract} or {@code other}) with the matches marked. */
    public record SnippetView(String field, String language, List<SegmentView> segments) {
        static SnippetView of(Snippet s) {
            return new SnippetView(s.section(), s.language().tag(), SegmentView.of(s.text()));
        }
    }

    /** A run of text; {@code highlighted} when it matched the query. */
    public record SegmentView(String text, boolean highlighted) {
        static List<SegmentView> of(HighlightedText t) {
            return t == null
                    ? List.of()
                    : t.segments().stream()
                            .map(s -> new SegmentView(s.text(), s.highlighted()))
                            .toList();
        }
    }

    /** A facet value and how many matching records carry it. */
    public record FacetCountView(String value, long count) {}

    /** Records indexed so far by the running rebuild, of how many. */
    public record ProgressView(long done, long total) {
        static ProgressView of(IndexState.Progress p) {
            return p == null ? null : new ProgressView(p.done(), p.total());
        }
    }

    public static SearchView of(SearchAnswer answer) {
        SearchResult r = answer.result();
        Map<String, List<FacetCountView>> facets = new LinkedHashMap<>();
        r.facets()
                .forEach((facet, values) -> facets.put(
                        facet.dimension(),
                        values.stream()
                                .map((FacetValue v) -> new FacetCountView(v.value(), v.count()))
                                .toList()));
        IndexState index = answer.index();
        return new SearchView(
                new TotalView(r.total().value(), r.total().exact()),
                r.page(),
                r.size(),
                r.hits().stream().map(h -> HitView.of(h, answer.assetStatus())).toList(),
                facets,
                index.rebuilding(),
                ProgressView.of(index.progress()),
                r.approximate(),
                r.syntaxIgnored());
    }
}
