package org.hetao.registry.api.docket;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.docket.DocketService;

/** The patent deadlines of one IP asset, and the marks that they were done. */
@Path("ip-assets/{id}/deadlines")
@Tag(name = "deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetDeadlineResource {
    @Inject
    DocketService service;

    @Inject
    RequestValidation validation;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listAssetDeadlines",
            summary = "The patent deadlines of an IP asset, earliest first",
            description = "Computed from the asset's filings under the current deadline rules (docket-rules-v1: Paris "
                    + "priority, PCT national phase, Hong Kong standard patent (R) record and registration, Hong Kong "
                    + "short-term renewal, China annual fees), with each one's status and done mark. Who may read the "
                    + "asset may read its deadlines; an investor never.")
    @APIResponse(
            responseCode = "200",
            description = "The deadlines",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineView.class)))
    public List<DeadlineView> list(@PathParam("id") long id) {
        return service.forAsset(id).stream().map(DeadlineView::of).toList();
    }

    @POST
    @Path("done")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "markDeadlineDone",
            summary = "Mark a deadline of the asset done, with the filing it produced (audited)",
            description = "key: the deadline's key as listed; producedFiling: the application number of one of the "
                    + "asset's filings, if the act produced one (add that filing to the asset first). Marking again "
                    + "replaces the mark. Who may change the asset may mark its deadlines.")
    @APIResponse(
            responseCode = "200",
            description = "The deadline, done",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeadlineView.class)))
    public DeadlineView done(@PathParam("id") long id, @NotNull DoneRequest request) {
        validation.check(request, () -> {});
        return DeadlineView.of(service.markDone(id, request.key(), request.producedFiling(), request.note()));
    }

    @DELETE
    @Path("done")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "unmarkDeadlineDone",
            summary = "Take back the mark that a deadline of the asset was done (audited)")
    @APIResponse(
            responseCode = "200",
            description = "The deadline, no longer marked done",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeadlineView.class)))
    public DeadlineView undo(@PathParam("id") long id, @QueryParam("key") String key) {
        return DeadlineView.of(service.undo(id, key));
    }
}
