package org.hetao.registry.api.agreement;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.lifecycle.AgreementDetails;
import org.hetao.registry.agreement.lifecycle.AgreementFile;
import org.hetao.registry.agreement.lifecycle.AgreementFilter;
import org.hetao.registry.agreement.lifecycle.AgreementRepository;
import org.hetao.registry.agreement.lifecycle.AgreementService;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.PageRequest;

/** Joint-ownership agreements: drafts (edited, discarded), their PDFs, issue, the parties' signatures, the signed copy and supersession. */
@Path("agreements")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {
    public static final String PDF = "application/pdf";

    @Inject
    AgreementService service;

    @GET
    @Requires(Permission.AGREEMENT_READ)
    @Operation(
            operationId = "listAgreements",
            summary = "List agreements",
            description =
                    "Filters: ipAssetId, status (DRAFT, ISSUED, SIGNED, SUPERSEDED), outOfDate "
                            + "(true: made from an ownership version that is no longer current). Sort: created, status, id (prefix - for descending).")
    @APIResponse(
            responseCode = "200",
            description = "A page of agreements",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementView.class)))
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
    public PageView<AgreementView> list(
            @QueryParam("ipAssetId") String ipAssetId,
            @QueryParam("status") String status,
            @QueryParam("outOfDate") String outOfDate,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        AgreementFilter filter = new AgreementFilter(
                Params.longValue("ipAssetId", ipAssetId),
                Params.enumValue(AgreementStatus.class, "status", status),
                Params.booleanValue("outOfDate", outOfDate));
        PageRequest pr = PageRequest.of(page, size, sort, AgreementRepository.SORT_KEYS.keySet(), "-created");
        return PageView.of(service.list(filter, pr), AgreementView::of);
    }

    @POST
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "createAgreement",
            summary =
                    "Draft an agreement about an IP asset from its current ownership, under the newest framework version",
            description = "The draft lists the warnings its options give; issuing it needs them acknowledged.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location names the agreement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response create(@Valid @NotNull AgreementRequest request, @Context UriInfo uri) {
        AgreementDetails created = service.create(request.toDraft());
        return created(created, uri);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.AGREEMENT_READ)
    @Operation(operationId = "getAgreement", summary = "Read an agreement revision; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The agreement; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @Requires(Permission.AGREEMENT_READ)
    @Operation(
            operationId = "getAgreementPdf",
            summary =
                    "The agreement as PDF: a draft rendered now (marked DRAFT, with its warnings), an issued revision's stored bytes",
            description =
                    "Digest and ETag carry the SHA-256 of the bytes; for an issued revision it is the one recorded at issue.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement as PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") long id) {
        return file(service.pdf(id));
    }

    @POST
    @Path("{id}/issue")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "issueAgreement",
            summary = "Issue a draft: its PDF is stored with its SHA-256 and never changes; needs If-Match",
            description = "Body {\"acknowledgedWarnings\": true} is required when the draft lists warnings.")
    @APIResponse(
            responseCode = "200",
            description = "Issued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response issue(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid IssueRequest request) {
        return ok(service.issue(id, expectedVersion(id, ifMatch), IssueRequest.acknowledged(request)));
    }

    @POST
    @Path("{id}/sign")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "signAgreement",
            summary =
                    "Record that every party that has not signed yet signed an issued agreement (signedAt, default now); needs If-Match",
            description =
                    "Each signature names the signatory the agreement gives for its party; to record one party at a time, "
                            + "with who signed and when, use POST /api/agreements/{id}/signatures.")
    @APIResponse(
            responseCode = "200",
            description = "Signed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response sign(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid SignRequest request) {
        return ok(service.sign(id, expectedVersion(id, ifMatch), SignRequest.when(request)));
    }

    @POST
    @Path("{id}/signatures")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "recordAgreementSignature",
            summary = "Record one party's signature of an issued agreement: who signed for it and when; needs If-Match",
            description =
                    "signatoryName and signatoryTitle default to the signatory the agreement names for the party; signedAt to now. "
                            + "When the last party has signed, the agreement is SIGNED.")
    @APIResponse(
            responseCode = "200",
            description = "The signature is recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response recordSignature(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SignatureRequest request) {
        return ok(service.recordSignature(
                id,
                expectedVersion(id, ifMatch),
                request.party(),
                request.signatoryName(),
                request.signatoryTitle(),
                request.signedAt()));
    }

    @PUT
    @Path("{id}/signed-copy")
    @Consumes(PDF)
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "uploadAgreementSignedCopy",
            summary = "Keep the signed copy (a PDF) of a signed agreement beside its issued PDF; needs If-Match",
            description =
                    "The body is the PDF itself (Content-Type application/pdf), at most registry.signed.copy.max.bytes (20 MB). "
                            + "It is checked to be a readable PDF, stored once with its SHA-256, and never changes.")
    @APIResponse(
            responseCode = "200",
            description = "Kept",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response uploadSignedCopy(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = PDF,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body)
            throws IOException {
        long expected = expectedVersion(id, ifMatch);
        return ok(service.attachSignedCopy(id, expected, body.readAllBytes()));
    }

    @GET
    @Path("{id}/signed-copy")
    @Produces(PDF)
    @Requires(Permission.AGREEMENT_READ)
    @Operation(
            operationId = "getAgreementSignedCopy",
            summary = "The signed copy of a signed agreement, as uploaded",
            description =
                    "Digest and ETag carry its SHA-256, the one recorded when it was uploaded (signedCopy.sha256). 404 while none has been uploaded.")
    @APIResponse(
            responseCode = "200",
            description = "The signed copy",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response signedCopy(@PathParam("id") long id) {
        return file(service.signedCopy(id));
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "editAgreementDraft",
            summary = "Change a draft's options, signatories or Background IP; needs If-Match",
            description =
                    "Parts left out of the body stay as they are. The draft is made again from its ownership version, which must "
                            + "still be current, under the newest framework version; an issued revision never changes (409).")
    @APIResponse(
            responseCode = "200",
            description = "The changed draft",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response edit(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DraftEditRequest request) {
        return ok(service.edit(id, expectedVersion(id, ifMatch), DraftEditRequest.revision(request)));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "discardAgreementDraft",
            summary = "Discard a draft; needs If-Match",
            description =
                    "Only a draft can be discarded (an issued revision is a 409). A draft made by superseding an issued revision "
                            + "gives that revision back its place: it is again ISSUED (or SIGNED).")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discard(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.discard(id, expectedVersion(id, ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/supersede")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(
            operationId = "supersedeAgreement",
            summary =
                    "Replace an issued agreement with a new draft made from the asset's current ownership; needs If-Match",
            description =
                    "Options, signatories and Background IP left out of the body are taken over from the revision replaced.")
    @APIResponse(
            responseCode = "201",
            description = "The new agreement that supersedes this one",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response supersede(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid SupersedeRequest request,
            @Context UriInfo uri) {
        AgreementDetails next = service.supersede(id, expectedVersion(id, ifMatch), SupersedeRequest.revision(request));
        return created(next, uri);
    }

    @GET
    @Path("{id}/verify")
    @Requires(Permission.AGREEMENT_READ)
    @Operation(
            operationId = "verifyAgreement",
            summary =
                    "Render an issued agreement again and compare it with the stored PDF and the SHA-256 recorded at issue")
    public VerificationView verify(@PathParam("id") long id) {
        return VerificationView.of(service.verify(id));
    }

    private static Response file(AgreementFile file) {
        return Response.ok(file.bytes(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header(
                        "Digest",
                        "sha-256="
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(file.sha256())))
                .tag(new EntityTag(file.sha256()))
                .build();
    }

    private static Response ok(AgreementDetails d) {
        return Response.ok(AgreementView.of(d))
                .tag(Versions.tag(d.agreement().getVersion()))
                .build();
    }

    private static Response created(AgreementDetails d, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("agreements")
                        .path(String.valueOf(d.agreement().getId()))
                        .build())
                .tag(Versions.tag(d.agreement().getVersion()))
                .entity(AgreementView.of(d))
                .build();
    }

    /** The version If-Match names; without one, the error names the agreement's current version. */
    private long expectedVersion(long id, String ifMatch) {
        return Versions.expected(ifMatch, () -> service.get(id).agreement().getVersion());
    }
}
