package org.hetao.registry.api.person;

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
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonFilter;
import org.hetao.registry.person.PersonRepository;
import org.hetao.registry.person.PersonService;

/** People: researchers and staff. */
@Path("people")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {
    @Inject
    RequestValidation validation;

    @Inject
    PersonService service;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listPeople",
            summary = "List people",
            description =
                    "Filters: q (name or e-mail), institutionId, orcid. Sort: name, created, id (prefix - for descending).")
    @APIResponse(
            responseCode = "200",
            description = "A page of people",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonView.class)))
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
    public PageView<PersonView> list(
            @QueryParam("q") String q,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("orcid") String orcid,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        PersonFilter filter = new PersonFilter(q, Params.longValue("institutionId", institutionId), orcid);
        PageRequest pr = PageRequest.of(page, size, sort, PersonRepository.SORT_KEYS.keySet(), "name");
        return PageView.of(service.list(filter, pr), PersonView::of);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.INTERNAL_READ)
    @Operation(operationId = "getPerson", summary = "Read a person; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The person; the ETag is their version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(operationId = "createPerson", summary = "Register a person")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the person",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    public Response create(@NotNull PersonRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new Person(request.toDetails()));
        Person created = service.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(PersonView.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "replacePerson",
            summary = "Replace a person's fields; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull PersonRequest request) {
        validation.check(request, () -> new Person(request.toDetails()));
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "deletePerson",
            summary = "Delete a person who is on no staff list and no inventor list; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    private static Response ok(Person p) {
        return Response.ok(PersonView.of(p)).tag(Versions.tag(p.getVersion())).build();
    }
}
