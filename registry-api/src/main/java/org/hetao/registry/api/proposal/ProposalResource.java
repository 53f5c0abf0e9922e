package org.hetao.registry.api.proposal;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalService;

/** Proposed ownership changes: read, approve, reject, withdraw, and an office's pending approvals. */
@Path("ownership-proposals")
@Tag(name = "ip-assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {
    @Inject
    ProposalService service;

    @GET
    @Requires(Permission.OWNERSHIP_APPROVE)
    @Operation(
            operationId = "listProposalsAwaitingApproval",
            summary =
                    "Open proposals awaiting approval: an office's own institution's; an administrator's of institutionId, or everyone's",
            description = "Oldest first, at most 200.")
    public List<ProposalView> awaiting(@QueryParam("institutionId") String institutionId) {
        List<OwnershipProposal> all = service.awaiting(Params.longValue("institutionId", institutionId));
        Set<Long> withoutOffice = service.pendingWithoutOffice(all);
        return all.stream().map(p -> ProposalView.of(p, withoutOffice)).toList();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "getOwnershipProposal",
            summary = "Read a proposal; the ETag is its version, which a decision names in If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The proposal; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Path("{id}/approve")
    @Requires(Permission.OWNERSHIP_APPROVE)
    @Operation(
            operationId = "approveOwnershipProposal",
            summary =
                    "Approve for the office's institution (an administrator: on behalf of institutionId, which has no office account, "
                            + "citing documentRef); the last approval makes the version take effect. Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The proposal with the approval (APPLIED once every party approved)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "410", description = "The proposal expired before every party approved it")
    public Response approve(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest request) {
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        DecisionRequest d = request == null ? DecisionRequest.NONE : request;
        return ok(service.approve(id, expected, d.institutionId(), d.documentRef()));
    }

    @POST
    @Path("{id}/reject")
    @Requires(Permission.OWNERSHIP_APPROVE)
    @Operation(
            operationId = "rejectOwnershipProposal",
            summary =
                    "Reject for the office's institution, with a reason (an administrator as for approving). Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The rejected proposal",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "410", description = "The proposal expired before every party approved it")
    public Response reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest request) {
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        DecisionRequest d = request == null ? DecisionRequest.NONE : request;
        return ok(service.reject(id, expected, d.institutionId(), d.documentRef(), d.reason()));
    }

    @POST
    @Path("{id}/withdraw")
    @Requires(Permission.OWNERSHIP_WRITE)
    @Operation(
            operationId = "withdrawOwnershipProposal",
            summary = "Withdraw a proposal (its proposer, the proposer's office or an administrator). Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn proposal",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "410", description = "The proposal expired before every party approved it")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.withdraw(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion())));
    }

    private Response ok(OwnershipProposal p) {
        return Response.ok(ProposalView.of(p, service.pendingWithoutOffice(List.of(p))))
                .tag(Versions.tag(p.getVersion()))
                .build();
    }
}
