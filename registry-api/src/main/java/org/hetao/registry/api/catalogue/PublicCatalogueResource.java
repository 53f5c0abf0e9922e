package org.hetao.registry.api.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.api.auth.Anonymous;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.ClientAddress;
import org.hetao.registry.api.search.SearchResource;
import org.hetao.registry.api.search.SearchView;
import org.hetao.registry.catalogue.PublicCatalogue;
import org.hetao.registry.catalogue.VisitorRateLimit;

/** The licensable catalogue, open without sign-in: exactly what an investor may read. */
@Path("public")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCatalogueResource {
    @Inject
    PublicCatalogue catalogue;

    @Inject
    VisitorRateLimit rateLimit;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Path("catalogue")
    @Anonymous
    @Operation(
            operationId = "searchPublicCatalogue",
            summary = "Search the licensable IP assets without signing in",
            description =
                    "The parameters of GET /api/search (q, facet filters, page, size, sort, lang or Accept-Language); only IP "
                            + "assets an investor may read are found. Limited per client address (429 with Retry-After); 404 when the "
                            + "public catalogue is switched off.")
    @Extension(name = ApiContract.PUBLIC, value = "true")
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
            @Context HttpHeaders headers,
            @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return SearchView.of(catalogue.search(SearchResource.parameters(q, page, size, sort, lang, uri, headers)));
    }

    @GET
    @Path("ip-assets/{id}")
    @Anonymous
    @Operation(
            operationId = "getPublicIpAsset",
            summary = "Read a licensable IP asset without signing in, with its owning institutions",
            description = "404, exactly as for an id that does not exist, unless an investor may read the asset.")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public PublicAssetView asset(@PathParam("id") long id, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return PublicAssetView.of(catalogue.asset(id));
    }
}
