package org.hetao.registry.api.recordal;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.recordal.Recordal;
import org.hetao.registry.recordal.RecordalService;
import org.hetao.registry.recordal.RecordalSubject;

/** Recordals of ownership versions (assignments) and agreements (assignments, licences) with patent offices. */
@Path("recordals")
@Tag(name = "recordals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordalResource {
    @Inject
    RequestValidation validation;

    @Inject
    RecordalService service;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listRecordals",
            summary = "List the recordals of an IP asset, an ownership version or an agreement, with their warnings",
            description = "Exactly one of ipAssetId, ownershipVersionId and agreementId (else 400 recordal.subject). "
                    + "By effective date. Each recordal carries the warnings the recordal rules give about it today.")
    @APIResponse(
            responseCode = "200",
            description = "The recordals",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RecordalView.class)))
    public List<RecordalView> list(
            @QueryParam("ipAssetId") String ipAssetId,
            @QueryParam("ownershipVersionId") String ownershipVersionId,
            @QueryParam("agreementId") String agreementId) {
        LocalDate today = service.today();
        return service
                .list(
                        Params.longValue("ipAssetId", ipAssetId),
                        Params.longValue("ownershipVersionId", ownershipVersionId),
                        Params.longValue("agreementId", agreementId))
                .stream()
                .map(r -> RecordalView.of(r, today))
                .toList();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.INTERNAL_READ)
    @Operation(operationId = "getRecordal", summary = "Read a recordal with its warnings; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The recordal; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordalView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.RECORDAL_WRITE)
    @Operation(
            operationId = "createRecordal",
            summary = "Record that an ownership version or an agreement is (to be) recorded with a patent office")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the recordal",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordalView.class)))
    public Response create(@NotNull RecordalRequest request, @Context UriInfo uri) {
        validation.check(
                request,
                () -> new Recordal(
                        request.agreementId() != null ? RecordalSubject.AGREEMENT : RecordalSubject.OWNERSHIP_VERSION,
                        0,
                        0,
                        LocalDate.EPOCH,
                        request.toDetails()));
        Recordal created = service.create(request.target(), request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(RecordalView.of(created, service.today()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.RECORDAL_WRITE)
    @Operation(
            operationId = "replaceRecordal",
            summary = "Replace a recordal's fields (its status as it moves on); needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordalView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull RecordalRequest request) {
        validation.check(request, () -> {
            if (request.ownershipVersionId() != null || request.agreementId() != null) {
                throw new InvalidValueException(
                        request.ownershipVersionId() != null ? "ownershipVersionId" : "agreementId",
                        ErrorCode.RECORDAL_SUBJECT,
                        "is not changed: a recordal's subject stays what it was; leave it out");
            }
        });
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.RECORDAL_WRITE)
    @Operation(operationId = "deleteRecordal", summary = "Delete a recordal entered by mistake; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    private Response ok(Recordal r) {
        return Response.ok(RecordalView.of(r, service.today()))
                .tag(Versions.tag(r.getVersion()))
                .build();
    }
}
