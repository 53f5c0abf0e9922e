package org.hetao.registry.api.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.search.SearchParameters;
import org.hetao.registry.search.SearchService;

/** Full-text search over projects, IP assets, institutions and people, as the caller may read them. */
@Path("search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    SearchService service;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "search",
            summary = "Search the registry",
            description = "q: words, \"phrases\", prefix*, fuzzy~, AND/OR/NOT, +/-, parentheses "
                    + "(invalid syntax is searched as plain words and syntaxIgnored is true). type: project, ip-asset, institution, person "
                    + "(repeat or comma-separate for several). Facet filters: sector, jurisdiction, institution, status, licensing, readiness, "
                    + "year (OR within a facet, AND across). page, size (at most 100; page × size at most 10,000), sort: relevance, newest, "
                    + "title. lang (or Accept-Language): en, zh-Hant, zh-Hans for titles and snippets. Hits carry no score. A word may hold "
                    + "at most 3 wildcards (400 otherwise); a search that runs out of its time budget or finds the server busy with "
                    + "wildcard searches answers 503 with Retry-After. See docs/api.md, Search.")
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Items per page, at most 100",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    @Extension(name = ApiContract.SEARCH_FILTERS, value = "true")
    public SearchView search(
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("lang") String lang,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return SearchView.of(service.search(parameters(q, page, size, sort, lang, uri, headers)));
    }

    /** The search a request's parameters describe: query, types, facet filters, paging, sort, language. */
    public static SearchParameters parameters(
            String q, String page, String size, String sort, String lang, UriInfo uri, HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (facet != Facet.TYPE && query.containsKey(facet.dimension())) {
                filters.put(facet.dimension(), split(query.get(facet.dimension())));
            }
        }
        return new SearchParameters(
                q,
                split(query.get("type")),
                filters,
                Params.longValue("page", page),
                Params.longValue("size", size),
                sort,
                lang == null || lang.isBlank() ? language(headers) : lang);
    }

    /** Repeated parameters and comma-separated values alike. */
    private static List<String> split(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().flatMap(v -> Arrays.stream(v.split(","))).toList();
    }

    /** The first English or Chinese language the client accepts, else none (English); a malformed header counts as none. */
    private static String language(HttpHeaders headers) {
        List<Locale> accepted;
        try {
            accepted = headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return null;
        }
        for (Locale locale : accepted) {
            if (locale.getLanguage().equals("en") || locale.getLanguage().equals("zh")) {
                return locale.toLanguageTag();
            }
        }
        return null;
    }
}
