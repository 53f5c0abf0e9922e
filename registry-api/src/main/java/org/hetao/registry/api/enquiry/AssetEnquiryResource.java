package org.hetao.registry.api.enquiry;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryService;

/** An investor's enquiry about an asset offered for licensing. */
@Path("ip-assets/{id}/enquiries")
@Tag(name = "enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetEnquiryResource {
    @Inject
    EnquiryService service;

    @POST
    @Requires(Permission.ENQUIRY_SEND)
    @Operation(
            operationId = "sendEnquiry",
            summary =
                    "Send an enquiry about an asset the investor may read (public and offered for licensing; any other is not found); "
                            + "it reaches the inbox of every current owner's office")
    @APIResponse(
            responseCode = "201",
            description = "Sent; Location names the enquiry",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnquiryView.class)))
    public Response send(@PathParam("id") long id, @Valid @NotNull EnquiryRequest request) {
        Enquiry e = service.send(id, request.interest(), request.message());
        return Response.created(URI.create("/api/enquiries/" + e.getId()))
                .entity(EnquiryView.of(e, service.assetTitles(List.of(e)), false, true, true))
                .tag(Versions.tag(e.getVersion()))
                .build();
    }
}
