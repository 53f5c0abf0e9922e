package org.hetao.registry.api.project;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectFilter;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.project.ProjectService;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;

/** Joint research projects: their participants, funding and (on creation) first staff. */
@Path("projects")
@Tag(name = "projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    @Inject
    RequestValidation validation;

    @Inject
    ProjectService service;

    @Inject
    AccessGuard access;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "listProjects",
            summary = "List projects",
            description =
                    "Filters: q (text in code or title), status, site, sector, confidentiality, "
                            + "institutionId (a participant), year (running at some time in that year). Sort: code, title, start, created, id (prefix - for descending).")
    @APIResponse(
            responseCode = "200",
            description = "A page of projects",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectSummaryView.class)))
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Items per page, at most 200",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "200",
                            defaultValue = "20"))
    public PageView<ProjectSummaryView> list(
            @QueryParam("q") String q,
            @QueryParam("status") String status,
            @QueryParam("site") String site,
            @QueryParam("sector") String sector,
            @QueryParam("confidentiality") String confidentiality,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("year") String year,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        ProjectFilter filter = new ProjectFilter(
                q,
                Params.enumValue(ProjectStatus.class, "status", status),
                Params.enumValue(Site.class, "site", site),
                Params.enumValue(Sector.class, "sector", sector),
                Params.enumValue(Confidentiality.class, "confidentiality", confidentiality),
                Params.longValue("institutionId", institutionId),
                ProjectFilter.year(Params.longValue("year", year)));
        PageRequest pr = PageRequest.of(page, size, sort, ProjectRepository.SORT_KEYS.keySet(), "code");
        return PageView.of(service.list(filter, pr), ProjectSummaryView::of);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "getProject",
            summary = "Read a project with its participants, funding and staff; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The project; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "createProject",
            summary =
                    "Register a project, optionally with its first staff; nothing is stored unless all of it is valid")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the project",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    public Response create(@NotNull ProjectRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new Project(request.toDetails()));
        Project created = service.create(request.toDetails(), request.toStaffing());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(ProjectView.of(created, true))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "replaceProject",
            summary = "Replace a project's fields (not its staff); needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ProjectRequest request) {
        validation.check(request, () -> new Project(request.toDetails()));
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toReplacement()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "deleteProject",
            summary = "Delete a project and its staff; refused while IP assets come from it; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    private Response ok(Project p) {
        return Response.ok(ProjectView.of(p, access.seesInternalFields()))
                .tag(Versions.tag(p.getVersion()))
                .build();
    }
}
