package org.hetao.registry.api.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
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
import org.hetao.registry.boundary.BoundaryTransfer;
import org.hetao.registry.boundary.BoundaryTransferRepository;
import org.hetao.registry.boundary.BoundaryTransferService;
import org.hetao.registry.boundary.TransferCsv;
import org.hetao.registry.boundary.TransferFilter;
import org.hetao.registry.boundary.TransferKind;
import org.hetao.registry.boundary.TransferStatus;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.project.Park;

/** Transfers of material and data of a project between the Hong Kong park and the Shenzhen park. */
@Path("transfers")
@Tag(name = "transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {
    private static final String FILTERS =
            "Filters: projectId, institutionId (the sending or the receiving institution), "
                    + "status (DRAFT, APPROVED, IN_TRANSIT, RECEIVED, REFUSED, CANCELLED), kind (BIOLOGICAL_SAMPLE, OTHER_MATERIAL, "
                    + "PERSONAL_DATA, RESEARCH_DATA), fromPark and toPark (HK_PARK, SHENZHEN_PARK). Only transfers of projects the "
                    + "caller may read (a project it may not read has, to it, no transfers).";

    @Inject
    RequestValidation validation;

    @Inject
    BoundaryTransferService service;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "listTransfers",
            summary = "List transfers across the boundary",
            description =
                    FILTERS
                            + " Sort: requested, sent, status, created, id (prefix - for descending; by default -requested, the newest first).")
    @APIResponse(
            responseCode = "200",
            description = "A page of transfers",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TransferView.class)))
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
    public PageView<TransferView> list(
            @QueryParam("projectId") String projectId,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("fromPark") String fromPark,
            @QueryParam("toPark") String toPark,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        TransferFilter filter = filter(projectId, institutionId, status, kind, fromPark, toPark);
        PageRequest pr = PageRequest.of(page, size, sort, BoundaryTransferRepository.SORT_KEYS.keySet(), "-requested");
        Page<BoundaryTransfer> found = service.list(filter, pr);
        var names = service.names(found.items());
        boolean accounts = service.seesAccounts();
        return PageView.of(found, t -> TransferView.of(t, names, accounts));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "exportTransfers",
            summary = "Export transfers across the boundary as CSV",
            description = FILTERS + " In id order, at most " + BoundaryTransferRepository.EXPORT_LIMIT
                    + " rows. Columns: id, projectId, projectCode, kind, descriptionEn, descriptionZhHant, descriptionZhHans, "
                    + "fromInstitutionId, fromInstitution, fromPark, toInstitutionId, toInstitution, toPark, clearanceRoute, "
                    + "clearanceReference, status, requestedDate, sentDate, receivedDate, senderApprovedBy, senderApprovedAt, "
                    + "receiverApprovedBy, receiverApprovedAt, closingNote.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file (UTF-8 with a byte-order mark)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(
            @QueryParam("projectId") String projectId,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("fromPark") String fromPark,
            @QueryParam("toPark") String toPark) {
        List<BoundaryTransfer> list = service.export(filter(projectId, institutionId, status, kind, fromPark, toPark));
        var names = service.names(list);
        boolean accounts = service.seesAccounts();
        StreamingOutput body = out -> TransferCsv.write(list, names, accounts, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"transfers.csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "getTransfer", summary = "Read a transfer; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The transfer; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "createTransfer",
            summary = "Record a transfer of a project's material or data from one park to the other, as a DRAFT",
            description = "The sending and the receiving institution take part in the project (else 400 "
                    + "project.not-a-participant); a TTO only where its institution sends or receives.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the transfer",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public Response create(@NotNull TransferRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new BoundaryTransfer(0, request.toDetails()));
        BoundaryTransfer created = service.create(request.projectId(), request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(view(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "replaceTransfer",
            summary = "Replace a DRAFT transfer's description; the consents given are withdrawn; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull TransferRequest request) {
        validation.check(request, () -> new BoundaryTransfer(0, request.toDetails()));
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        BoundaryTransfer current = service.get(id);
        if (request.projectId() != null && !Objects.equals(request.projectId(), current.getProjectId())) {
            throw new InvalidValueException(
                    "projectId", ErrorCode.INVALID, "is not changed: a transfer stays with its project; leave it out");
        }
        return ok(service.update(id, expected, request.toDetails()));
    }

    @POST
    @Path("{id}/approve")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "approveTransfer",
            summary = "Consent to a DRAFT transfer for the sending or receiving institution; needs If-Match",
            description = "A TTO consents for its own institution (the sender, the receiver or both); an administrator "
                    + "names institutionId. Once both consented, the transfer is APPROVED. A second consent of the same "
                    + "institution: 409 conflict.transfer-approved.")
    @APIResponse(
            responseCode = "200",
            description = "Consent recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public Response approve(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ApprovalRequest request) {
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        return ok(service.approve(id, expected, request == null ? null : request.institutionId()));
    }

    @POST
    @Path("{id}/status")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "moveTransfer",
            summary = "Move a transfer on: sent, received, refused or cancelled; needs If-Match",
            description =
                    "IN_TRANSIT (the sender's office; date: the day sent; needs the clearance reference on a route "
                            + "that has one), RECEIVED (the receiver's office; date: the day received), REFUSED or CANCELLED "
                            + "(either party's office, before it is sent; note optional). A step the status does not allow: 409 "
                            + "conflict.transfer-status.")
    @APIResponse(
            responseCode = "200",
            description = "Moved on",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public Response move(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull TransferStatusRequest request) {
        validation.check(request, () -> {});
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        return ok(service.move(id, expected, request.status(), request.date(), request.note()));
    }

    private static TransferFilter filter(
            String projectId, String institutionId, String status, String kind, String fromPark, String toPark) {
        return new TransferFilter(
                Params.longValue("projectId", projectId),
                Params.longValue("institutionId", institutionId),
                Params.enumValue(TransferStatus.class, "status", status),
                Params.enumValue(TransferKind.class, "kind", kind),
                Params.enumValue(Park.class, "fromPark", fromPark),
                Params.enumValue(Park.class, "toPark", toPark));
    }

    private TransferView view(BoundaryTransfer t) {
        return TransferView.of(t, service.names(List.of(t)), service.seesAccounts());
    }

    private Response ok(BoundaryTransfer t) {
        return Response.ok(view(t)).tag(Versions.tag(t.getVersion())).build();
    }
}
