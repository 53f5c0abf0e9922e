package org.hetao.registry.api.project;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.project.ProjectService;
import org.hetao.registry.project.Staffing;

/** The staff of a project. Each line has its own version; changing one also changes the project's. */
@Path("projects/{projectId}/staffing")
@Tag(name = "projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffingResource {
    @Inject
    ProjectService service;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(operationId = "listStaffing", summary = "List the staff of a project")
    public List<StaffingView> list(@PathParam("projectId") long projectId) {
        return service.staff(projectId).stream().map(StaffingView::of).toList();
    }

    @GET
    @Path("{staffingId}")
    @Requires(Permission.INTERNAL_READ)
    @Operation(operationId = "getStaffing", summary = "Read one staffing line of a project; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The staff line; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffingView.class)))
    public Response get(@PathParam("projectId") long projectId, @PathParam("staffingId") long staffingId) {
        return ok(service.staffMember(projectId, staffingId));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(operationId = "addStaffing", summary = "Add a person to a project's staff")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the line",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffingView.class)))
    public Response add(
            @PathParam("projectId") long projectId, @Valid @NotNull StaffingRequest request, @Context UriInfo uri) {
        Staffing created = service.addStaff(projectId, request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(StaffingView.of(created))
                .build();
    }

    @PUT
    @Path("{staffingId}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "replaceStaffing",
            summary = "Replace a staffing line; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffingView.class)))
    public Response update(
            @PathParam("projectId") long projectId,
            @PathParam("staffingId") long staffingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StaffingRequest request) {
        return ok(service.updateStaff(
                projectId,
                staffingId,
                Versions.expected(
                        ifMatch,
                        () -> service.staffMember(projectId, staffingId).getVersion()),
                request.toDetails()));
    }

    @DELETE
    @Path("{staffingId}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(operationId = "removeStaffing", summary = "Remove a staffing line from a project; needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(
            @PathParam("projectId") long projectId,
            @PathParam("staffingId") long staffingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeStaff(
                projectId,
                staffingId,
                Versions.expected(
                        ifMatch,
                        () -> service.staffMember(projectId, staffingId).getVersion()));
        return Response.noContent().build();
    }

    private static Response ok(Staffing s) {
        return Response.ok(StaffingView.of(s)).tag(Versions.tag(s.getVersion())).build();
    }
}
