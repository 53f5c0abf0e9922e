package org.hetao.registry.api.ipasset;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.account.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.ownership.Ownership;
import org.hetao.registry.ownership.OwnershipService;

/** Who owns an IP asset, in what shares, since when. */
@Path("ip-assets/{id}/ownership")
@Tag(name = "ip-assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnershipResource {
    @Inject
    OwnershipService service;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(summary = "The current ownership version with the whole history; the ETag is the current version number (\"0\" before the first)")
    public Response get(@PathParam("id") long id) {
        return ok(service.ownership(id));
    }

    @PUT
    @Requires(Permission.OWNERSHIP_WRITE)
    @Operation(summary = "Record a new dated ownership version; shares in basis points summing to exactly 10000; "
            + "needs If-Match with the current version number (\"0\" for the first owners)")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OwnershipRequest request) {
        long expected = Versions.expected(ifMatch);
        return ok(service.change(id, (int) Math.min(expected, Integer.MAX_VALUE), request.toChange()));
    }

    private static Response ok(Ownership o) {
        return Response.ok(OwnershipView.of(o)).tag(Versions.tag(o.currentVersionNo())).build();
    }
}
