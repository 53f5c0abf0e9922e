package org.hetao.registry.api.ipasset;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.api.proposal.ProposalView;
import org.hetao.registry.ownership.Ownership;
import org.hetao.registry.ownership.OwnershipService;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalService;
import org.hetao.registry.proposal.Submission;

/** Who owns an IP asset, in what shares, since when. */
@Path("ip-assets/{id}/ownership")
@Tag(name = "ip-assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnershipResource {
    @Inject
    RequestValidation validation;

    @Inject
    OwnershipService service;

    @Inject
    ProposalService proposals;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "getOwnership",
            summary =
                    "The ownership in force today, the scheduled changes and the whole history; the ETag is the latest recorded "
                            + "version's number (\"0\" before the first)")
    @APIResponse(
            responseCode = "200",
            description = "The ownership: current, scheduled and history; the ETag is the latest recorded version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OwnershipView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.ownership(id));
    }

    @PUT
    @Requires(Permission.OWNERSHIP_WRITE)
    @Operation(
            operationId = "changeOwnership",
            summary =
                    "Change the ownership: a new dated version, shares in basis points summing to exactly 10000; needs If-Match with "
                            + "the latest recorded version's number (\"0\" for the first owners); a date before the current version's makes it a correction",
            description =
                    "200 with the ownership when the change needs no other approval (the proposing office's institution is the only "
                            + "current and proposed owner), or when an administrator records in `approvals` the approval of every current and "
                            + "proposed owner, each without an office account, citing its signed document; otherwise 202 with the proposal, which "
                            + "takes effect when the office of every current and proposed owner has approved it.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded and in effect from its date",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OwnershipView.class)))
    @APIResponse(
            responseCode = "202",
            description = "Proposed: it takes effect when the other parties approve",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    public Response change(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull OwnershipRequest request) {
        validation.check(request, () -> OwnershipVersion.check(request.toChange()));
        long expected = Versions.expected(ifMatch, () -> service.ownership(id).latestVersionNo());
        Submission s = proposals.submit(
                id, (int) Math.min(expected, Integer.MAX_VALUE), null, request.toChange(), false, request.onBehalf());
        if (s.tookEffect()) {
            return ok(s.ownership());
        }
        return proposal(Response.Status.ACCEPTED, s.proposal().orElseThrow());
    }

    @POST
    @Path("proposals")
    @Requires(Permission.OWNERSHIP_WRITE)
    @Operation(
            operationId = "proposeOwnership",
            summary =
                    "Propose an ownership change or correction based on the latest recorded version (If-Match: its number, \"0\" before the first)",
            description =
                    "201 with the proposal: OPEN until every required office approved it, or APPROVED at once when no other "
                            + "approval is needed (or an administrator recorded every other one in `approvals`, on behalf of institutions without "
                            + "an office account).")
    @APIResponse(
            responseCode = "201",
            description = "Proposed; Location names the proposal",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded at once: no other party needed to approve",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OwnershipView.class)))
    public Response propose(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ProposalRequest request) {
        validation.check(request, () -> OwnershipVersion.check(request.toChange()));
        long expected = Versions.expected(ifMatch, () -> service.ownership(id).latestVersionNo());
        Submission s = proposals.submit(
                id,
                (int) Math.min(expected, Integer.MAX_VALUE),
                request.kindOrDefault(),
                request.toChange(),
                true,
                request.onBehalf());
        return s.proposal().map(p -> proposal(Response.Status.CREATED, p)).orElseGet(() -> ok(s.ownership()));
    }

    @GET
    @Path("proposals")
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listOwnershipProposals",
            summary = "Every proposed change of the asset's ownership, newest first (at most 200)")
    public List<ProposalView> proposals(@PathParam("id") long id) {
        List<OwnershipProposal> all = proposals.ofAsset(id);
        Set<Long> withoutOffice = proposals.pendingWithoutOffice(all);
        return all.stream().map(p -> ProposalView.of(p, withoutOffice)).toList();
    }

    private Response proposal(Response.Status status, OwnershipProposal p) {
        return Response.status(status)
                .location(URI.create("ownership-proposals/" + p.getId()))
                .entity(ProposalView.of(p, proposals.pendingWithoutOffice(List.of(p))))
                .tag(Versions.tag(p.getVersion()))
                .build();
    }

    private static Response ok(Ownership o) {
        return Response.ok(OwnershipView.of(o))
                .tag(Versions.tag(o.latestVersionNo()))
                .build();
    }
}
