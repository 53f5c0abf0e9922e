package org.hetao.registry.api.visitor;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.visitor.VisitorEnquiryService;

/** An owner's office sends a public visitor a new link to the visitor's enquiry. */
@Path("enquiries/{id}/visitor-link")
@Tag(name = "enquiries")
@Produces(MediaType.APPLICATION_JSON)
public class VisitorLinkResource {
    @Inject
    VisitorEnquiryService service;

    @POST
    @Requires(Permission.ENQUIRY_NOTE)
    @Operation(
            operationId = "renewVisitorLink",
            summary =
                    "Mail the visitor of a public visitor's enquiry a new link to its thread; the previous link stops working (204)",
            description = "For the offices of the asset's owners. 409 for an investor's enquiry, which has no link.")
    @APIResponse(responseCode = "204", description = "Mailed")
    public Response renew(@PathParam("id") long id, @Context UriInfo uri) {
        service.renewLink(id, WebAddress.of(uri));
        return Response.noContent().build();
    }
}
