package org.hetao.registry.api.capital;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.capital.Grant;
import org.hetao.registry.capital.GrantService;

/** The grants and funding of a project per side of the boundary (its capital), with their totals. */
@Path("projects/{projectId}/grants")
@Tag(name = "capital")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {
    @Inject
    RequestValidation validation;

    @Inject
    GrantService service;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listGrants",
            summary = "List a project's grants with their totals per side of the boundary and currency",
            description =
                    "Whoever may read the project, but investors (funding is internal to a project, as its funding lines are). Grants by side (HK, MAINLAND) and the day awarded; totals per "
                            + "side and currency, never converted.")
    @APIResponse(
            responseCode = "200",
            description = "The grants and their totals",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantsView.class)))
    public GrantsView list(@PathParam("projectId") long projectId) {
        return GrantsView.of(service.list(projectId));
    }

    @GET
    @Path("{grantId}")
    @Requires(Permission.INTERNAL_READ)
    @Operation(operationId = "getGrant", summary = "Read a grant of a project; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The grant",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    public Response get(@PathParam("projectId") long projectId, @PathParam("grantId") long grantId) {
        return ok(service.get(projectId, grantId));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "createGrant",
            summary = "Record a grant of a project",
            description = "A TTO of one of the project's participants, or ADMIN. institutionId, the recipient, takes "
                    + "part in the project (else 400 project.not-a-participant); currency HKD or CNY.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the grant",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    public Response create(
            @PathParam("projectId") long projectId, @NotNull GrantRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new Grant(projectId, request.toDetails()));
        Grant created = service.create(projectId, request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(GrantView.of(created))
                .build();
    }

    @PUT
    @Path("{grantId}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(operationId = "replaceGrant", summary = "Replace a grant of a project; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    public Response update(
            @PathParam("projectId") long projectId,
            @PathParam("grantId") long grantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull GrantRequest request) {
        validation.check(request, () -> new Grant(projectId, request.toDetails()));
        long expected =
                Versions.expected(ifMatch, () -> service.get(projectId, grantId).getVersion());
        return ok(service.update(projectId, grantId, expected, request.toDetails()));
    }

    @DELETE
    @Path("{grantId}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(operationId = "deleteGrant", summary = "Delete a grant entered by mistake; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("projectId") long projectId,
            @PathParam("grantId") long grantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(
                projectId,
                grantId,
                Versions.expected(ifMatch, () -> service.get(projectId, grantId).getVersion()));
        return Response.noContent().build();
    }

    private static Response ok(Grant g) {
        return Response.ok(GrantView.of(g)).tag(Versions.tag(g.getVersion())).build();
    }
}
