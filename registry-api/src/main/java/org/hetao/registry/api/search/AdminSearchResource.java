package org.hetao.registry.api.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.search.SearchService;

/** The search index, for administrators: rebuild it from the database and watch its state. */
@Path("admin/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {
    @Inject
    SearchService service;

    @POST
    @Path("reindex")
    @Requires(Permission.SEARCH_ADMIN)
    @Operation(
            operationId = "rebuildSearchIndex",
            summary = "Rebuild the search index from the database in the background (202); searches keep answering "
                    + "from the previous index until it completes. A rebuild already running is not started twice.")
    @APIResponse(
            responseCode = "202",
            description = "The rebuild started",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = IndexStatusView.class)))
    public Response reindex() {
        return Response.accepted(IndexStatusView.of(service.reindex())).build();
    }

    @POST
    @Path("reconcile")
    @Requires(Permission.SEARCH_ADMIN)
    @Operation(
            operationId = "reconcileSearchIndex",
            summary = "Compare the search index with the database, id by id, and queue every record without a document "
                    + "and every document without a record for the indexer; answers the state with the comparison's counts. "
                    + "Done at every start-up; does nothing while a rebuild runs.")
    public IndexStatusView reconcile() {
        return IndexStatusView.of(service.reconcile());
    }

    @GET
    @Path("status")
    @Requires(Permission.SEARCH_ADMIN)
    @Operation(
            operationId = "getSearchIndexStatus",
            summary = "The search index's state, the running rebuild's progress and the changes waiting to be indexed")
    public IndexStatusView status() {
        return IndexStatusView.of(service.status());
    }
}
