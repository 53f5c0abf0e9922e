package org.hetao.registry.api.institution;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionFilter;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.institution.InstitutionService;
import org.hetao.registry.institution.Jurisdiction;

/** Institutions: read by everyone, managed by administrators. */
@Path("institutions")
@Tag(name = "institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource {
    @Inject
    RequestValidation validation;

    @Inject
    InstitutionService service;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "listInstitutions",
            summary = "List institutions",
            description =
                    "Filters: q (text in any name or alias), kind, jurisdiction, country. Sort: shortName, name, created, id (prefix - for descending).")
    @APIResponse(
            responseCode = "200",
            description = "A page of institutions",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionView.class)))
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
    public PageView<InstitutionView> list(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("country") String country,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        InstitutionFilter filter = new InstitutionFilter(
                q,
                Params.enumValue(InstitutionKind.class, "kind", kind),
                Params.enumValue(Jurisdiction.class, "jurisdiction", jurisdiction),
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
        PageRequest pr = PageRequest.of(page, size, sort, InstitutionRepository.SORT_KEYS.keySet(), "shortName");
        return PageView.of(service.list(filter, pr), InstitutionView::of);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "getInstitution", summary = "Read an institution; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The institution; the ETag is its version",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.INSTITUTION_MANAGE)
    @Operation(operationId = "createInstitution", summary = "Register an institution")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the institution",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response create(@NotNull InstitutionRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new Institution(request.toDetails()));
        Institution created = service.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(InstitutionView.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.INSTITUTION_MANAGE)
    @Operation(
            operationId = "replaceInstitution",
            summary = "Replace an institution's fields; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull InstitutionRequest request) {
        validation.check(request, () -> new Institution(request.toDetails()));
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    @PUT
    @Path("{id}/public-contact")
    @Requires(Permission.INSTITUTION_CONTACT)
    @Operation(
            operationId = "changeInstitutionPublicContact",
            summary = "Publish, change or withdraw the institution's public licensing contact; needs If-Match",
            description = "The office's name, e-mail, telephone and web page, shown on the public catalogue beside the "
                    + "institution's assets; all fields blank withdraws it. An administrator for any institution, an office for "
                    + "its own only. Answers the institution with its new version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response changePublicContact(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PublicContactRequest request) {
        return ok(service.changePublicContact(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    @PUT
    @Path("{id}/aliases")
    @Requires(Permission.INSTITUTION_MANAGE)
    @Operation(
            operationId = "changeInstitutionAliases",
            summary = "Replace the institution's aliases (everyday names); needs If-Match",
            description =
                    "The names people search by, such as 港大 or PolyU: a search for one finds the institution and the "
                            + "projects and IP assets it takes part in. The list replaces the one before; [] removes them all. "
                            + "Administrators only. Answers the institution with its new version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response changeAliases(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AliasesRequest request) {
        return ok(service.changeAliases(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.aliases()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.INSTITUTION_MANAGE)
    @Operation(
            operationId = "deleteInstitution",
            summary = "Delete an institution that nothing refers to; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    private static Response ok(Institution i) {
        return Response.ok(InstitutionView.of(i))
                .tag(Versions.tag(i.getVersion()))
                .build();
    }
}
