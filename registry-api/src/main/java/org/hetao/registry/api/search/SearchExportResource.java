package org.hetao.registry.api.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.HighlightedText;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchLimits;
import org.hetao.registry.lucene.SearchResult;
import org.hetao.registry.lucene.Snippet;
import org.hetao.registry.search.AssetFacts;
import org.hetao.registry.search.SearchHitFacts;
import org.hetao.registry.search.SearchParameters;
import org.hetao.registry.search.SearchService;
import org.hetao.registry.transfer.exports.ExportFormat;
import org.hetao.registry.transfer.exports.ExportWriter;

/**
 * A search's results as a file (CSV, JSON or JSON Lines), with exactly what the caller's search
 * shows: the same query, filters and visibility. Results are fetched and written a page of
 * {@value SearchLimits#MAX_PAGE_SIZE} at a time, up to the search's result window. Each row also
 * carries an IP asset's licensing, readiness and filings, read from the database as the caller may
 * read them, and the absolute address of the record's page in the web UI (see {@link RecordLinks}).
 */
@Path("exports/search")
@Tag(name = "exports")
public class SearchExportResource {
    private static final List<String> HEADER = List.of(
            "type", "id", "title", "title_language", "snippet", "licensing", "readiness", "filing_status", "url");

    @Inject
    SearchService service;

    @Inject
    SearchHitFacts facts;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "exportSearchResults",
            summary = "Export search results",
            description = "The parameters of GET /api/search (q, type, facet filters, sort, "
                    + "lang) and format=csv|json|jsonl (or Accept: text/csv). Up to 10,000 results, streamed a page at a time. Columns: "
                    + "type, id, title, title_language, snippet, and for IP assets licensing, readiness and filing_status (each filing's "
                    + "jurisdiction and status, separated by '; '), and url: the absolute address of the record's page in the web UI (an "
                    + "asset's public catalogue page when the catalogue shows it). CSV cells that a spreadsheet would run as formulas are "
                    + "neutralised.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
            })
    @Extension(name = ApiContract.SEARCH_FILTERS, value = "true")
    public Response export(
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("lang") String lang,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ExportFormat f = ExportFormat.of(format, accept);
        SearchRequests requests = SearchRequests.from(q, sort, lang, uri, headers);
        SearchResult first =
                service.search(requests.page(1, SearchLimits.MAX_PAGE_SIZE)).result();
        RecordLinks links = new RecordLinks(WebAddress.of(uri), requests.lang());
        StreamingOutput body = out -> {
            try (ExportWriter writer = new ExportWriter(out, f, HEADER)) {
                SearchResult page = first;
                long pageNo = 1;
                while (true) {
                    Map<Long, AssetFacts> assets = facts.assets(page.hits().stream()
                            .filter(hit -> hit.type() == DocType.IP_ASSET)
                            .map(SearchHit::id)
                            .toList());
                    for (SearchHit hit : page.hits()) {
                        writer.write(
                                row(hit, hit.type() == DocType.IP_ASSET ? assets.get(hit.id()) : null, links), null);
                    }
                    writer.flush();
                    long seen = pageNo * SearchLimits.MAX_PAGE_SIZE;
                    if (page.hits().size() < SearchLimits.MAX_PAGE_SIZE || seen >= SearchLimits.MAX_RESULT_WINDOW) {
                        break;
                    }
                    pageNo++;
                    page = service.search(requests.page(pageNo, SearchLimits.MAX_PAGE_SIZE))
                            .result();
                }
            }
        };
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"search." + f.extension() + "\"")
                .build();
    }

    private static Map<String, String> row(SearchHit hit, AssetFacts asset, RecordLinks links) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("type", hit.type().urlName());
        cells.put("id", Long.toString(hit.id()));
        cells.put("title", hit.title());
        cells.put(
                "title_language",
                hit.titleLanguage() == null ? "" : hit.titleLanguage().tag());
        List<String> snippets = new ArrayList<>();
        for (Snippet s : hit.snippets()) {
            snippets.add(plain(s.text()));
        }
        cells.put("snippet", String.join(" … ", snippets));
        cells.put("licensing", asset == null ? "" : asset.licensing().name());
        cells.put("readiness", asset == null ? "" : Integer.toString(asset.readinessLevel()));
        cells.put("filing_status", asset == null ? "" : String.join("; ", asset.filings()));
        cells.put(
                "url",
                asset != null && asset.inPublicCatalogue()
                        ? links.publicAsset(hit.id())
                        : links.signedIn(hit.type(), hit.id()));
        return cells;
    }

    private static String plain(HighlightedText text) {
        StringBuilder b = new StringBuilder();
        text.segments().forEach(seg -> b.append(seg.text()));
        return b.toString();
    }

    /** The search a request describes, for any page. */
    record SearchRequests(String q, List<String> types, Map<String, List<String>> filters, String sort, String lang) {
        static SearchRequests from(String q, String sort, String lang, UriInfo uri, HttpHeaders headers) {
            SearchParameters p = SearchResource.parameters(q, null, null, sort, lang, uri, headers);
            return new SearchRequests(p.query(), p.types(), p.filters(), p.sort(), p.language());
        }

        SearchParameters page(long page, long size) {
            return new SearchParameters(q, types, filters, page, size, sort, lang);
        }
    }
}
