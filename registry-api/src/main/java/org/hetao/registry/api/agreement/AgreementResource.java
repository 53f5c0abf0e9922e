package org.hetao.registry.api.agreement;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.account.Permission;
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

/** Joint-ownership agreements: drafts, their PDFs, issue, signature and supersession. */
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
    @Operation(operationId = "listAgreements", summary = "List agreements", description = "Filters: ipAssetId, status (DRAFT, ISSUED, SIGNED, SUPERSEDED), outOfDate "
            + "(true: made from an ownership version that is no longer current). Sort: created, status, id (prefix - for descending).")
    @APIResponse(responseCode = "200", description = "A page of agreements", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementView.class)))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, at most 200",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
    public PageView<AgreementView> list(@QueryParam("ipAssetId") String ipAssetId, @QueryParam("status") String status,
                                        @QueryParam("outOfDate") String outOfDate,
                                        @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size,
                                        @QueryParam("sort") String sort) {
        AgreementFilter filter = new AgreementFilter(Params.longValue("ipAssetId", ipAssetId),
                Params.enumValue(AgreementStatus.class, "status", status),
                Params.booleanValue("outOfDate", outOfDate));
        PageRequest pr = PageRequest.of(page, size, sort, AgreementRepository.SORT_KEYS.keySet(), "-created");
        return PageView.of(service.list(filter, pr), AgreementView::of);
    }

    @POST
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(operationId = "createAgreement", summary = "Draft an agreement about an IP asset from its current ownership, under the newest framework version",
            description = "The draft lists the warnings its options give; issuing it needs them acknowledged.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the agreement", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response create(@Valid @NotNull AgreementRequest request, @Context UriInfo uri) {
        AgreementDetails created = service.create(request.toDraft());
        return created(created, uri);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.AGREEMENT_READ)
    @Operation(operationId = "getAgreement", summary = "Read an agreement revision; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The agreement; the ETag is its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @Requires(Permission.AGREEMENT_READ)
    @Operation(operationId = "getAgreementPdf", summary = "The agreement as PDF: a draft rendered now (marked DRAFT, with its warnings), an issued revision's stored bytes",
            description = "Digest and ETag carry the SHA-256 of the bytes; for an issued revision it is the one recorded at issue.")
    @APIResponse(responseCode = "200", description = "The agreement as PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") long id) {
        AgreementFile file = service.pdf(id);
        return Response.ok(file.bytes(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())))
                .tag(new EntityTag(file.sha256()))
                .build();
    }

    @POST
    @Path("{id}/issue")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(operationId = "issueAgreement", summary = "Issue a draft: its PDF is stored with its SHA-256 and never changes; needs If-Match",
            description = "Body {\"acknowledgedWarnings\": true} is required when the draft lists warnings.")
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response issue(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid IssueRequest request) {
        return ok(service.issue(id, Versions.expected(ifMatch, () -> service.get(id).agreement().getVersion()), IssueRequest.acknowledged(request)));
    }

    @POST
    @Path("{id}/sign")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(operationId = "signAgreement", summary = "Record that an issued agreement was signed (signedAt, default now); needs If-Match")
    @APIResponse(responseCode = "200", description = "Signed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response sign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid SignRequest request) {
        return ok(service.sign(id, Versions.expected(ifMatch, () -> service.get(id).agreement().getVersion()), SignRequest.when(request)));
    }

    @POST
    @Path("{id}/supersede")
    @Requires(Permission.AGREEMENT_WRITE)
    @Operation(operationId = "supersedeAgreement", summary = "Replace an issued agreement with a new draft made from the asset's current ownership; needs If-Match",
            description = "Options, signatories and Background IP left out of the body are taken over from the revision replaced.")
    @APIResponse(responseCode = "201", description = "The new agreement that supersedes this one", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Response supersede(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid SupersedeRequest request, @Context UriInfo uri) {
        AgreementDetails next = service.supersede(id, Versions.expected(ifMatch, () -> service.get(id).agreement().getVersion()), SupersedeRequest.revision(request));
        return created(next, uri);
    }

    @GET
    @Path("{id}/verify")
    @Requires(Permission.AGREEMENT_READ)
    @Operation(operationId = "verifyAgreement", summary = "Render an issued agreement again and compare it with the stored PDF and the SHA-256 recorded at issue")
    public VerificationView verify(@PathParam("id") long id) {
        return VerificationView.of(service.verify(id));
    }

    private static Response ok(AgreementDetails d) {
        return Response.ok(AgreementView.of(d)).tag(Versions.tag(d.agreement().getVersion())).build();
    }

    private static Response created(AgreementDetails d, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(String.valueOf(d.agreement().getId())).build())
                .tag(Versions.tag(d.agreement().getVersion())).entity(AgreementView.of(d)).build();
    }
}
