package org.hetao.registry.api.visitor;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.api.auth.Anonymous;
import org.hetao.registry.api.enquiry.MessageRequest;
import org.hetao.registry.api.http.AnonymousRefusals;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.ClientAddress;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.catalogue.VisitorRateLimit;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.enquiry.VisitorContact;
import org.hetao.registry.visitor.ConfirmedEnquiry;
import org.hetao.registry.visitor.VisitorEnquiryService;
import org.hetao.registry.visitor.VisitorThread;

/**
 * Enquiries from public visitors, open without sign-in and limited per client address with the
 * public catalogue. Asking mails a one-time confirmation link; confirming sends the enquiry to the
 * owners' offices; the thread is reached only through its secret link. A token sent with these
 * requests is ignored: everyone is a visitor here.
 */
@Path("public")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
public class VisitorEnquiryResource {
    @Inject
    VisitorEnquiryService service;

    @Inject
    VisitorRateLimit rateLimit;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AnonymousRefusals refusals;

    @GET
    @Path("visitor-enquiries")
    @Anonymous
    @Operation(
            operationId = "getVisitorEnquiryStatus",
            summary = "Whether public visitors may send enquiries now, and how many hours a confirmation link works",
            description = "404 when the public catalogue is closed.")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public VisitorStatusView status(@Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return new VisitorStatusView(
                service.open(), Math.max(1, RegistrySetting.VISITOR_CONFIRMATION_HOURS.intValue()));
    }

    @POST
    @Path("ip-assets/{id}/enquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Operation(
            operationId = "askAsVisitor",
            summary =
                    "A public visitor asks about a public asset; a one-time confirmation link is mailed to the address given (202)",
            description =
                    "Nothing reaches the owners until the link is opened. 404 for an asset that is not public (exactly as for one that "
                            + "does not exist) and while visitors' enquiries are not allowed; 429 beyond the per-address or per-e-mail limits.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the confirmation link is mailed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AskedView.class)))
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response ask(
            @PathParam("id") long id,
            @Valid @NotNull VisitorAskRequest r,
            @Context UriInfo uri,
            @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        VisitorContact contact = new VisitorContact(r.name(), r.organisation(), r.email());
        return Response.accepted(
                        AskedView.of(service.ask(id, contact, r.interest(), r.message(), r.lang(), WebAddress.of(uri))))
                .build();
    }

    @POST
    @Path("visitor-enquiries/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Operation(
            operationId = "confirmVisitorEnquiry",
            summary =
                    "Confirm a visitor's e-mail address with the secret of the mailed link: the enquiry reaches the owners' offices (201)",
            description =
                    "Answers the secret of the thread's link, which is also mailed. 404 for an unknown secret; 410 for one already "
                            + "used or expired.")
    @APIResponse(
            responseCode = "201",
            description = "Confirmed; the enquiry reached the owners' offices",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConfirmedView.class)))
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @APIResponse(responseCode = "410", description = "The confirmation link was already used or has expired")
    public Response confirm(@Valid @NotNull ConfirmRequest r, @Context UriInfo uri, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        ConfirmedEnquiry c = refusedIfUnknown(
                () -> service.confirm(r.token(), WebAddress.of(uri)), "POST /api/public/visitor-enquiries/confirm");
        return Response.status(Response.Status.CREATED)
                .entity(new ConfirmedView(c.enquiry().getId(), c.threadToken()))
                .cacheControl(noStore())
                .build();
    }

    @GET
    @Path("enquiry-threads/{token}")
    @Anonymous
    @Operation(
            operationId = "getVisitorThread",
            summary =
                    "A visitor's enquiry through the secret of its link: the thread without the offices' notes; the ETag is its version",
            description = "404 for an unknown or switched-off link.")
    @APIResponse(
            responseCode = "200",
            description = "The thread",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = VisitorThreadView.class)))
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response thread(@PathParam("token") String token, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return ok(refusedIfUnknown(() -> service.thread(token), "GET /api/public/enquiry-threads/…"));
    }

    @POST
    @Path("enquiry-threads/{token}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Operation(
            operationId = "writeInVisitorThread",
            summary = "The visitor writes in the thread; the owners' offices hear of it")
    @APIResponse(
            responseCode = "200",
            description = "The thread with the new message",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = VisitorThreadView.class)))
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response message(
            @PathParam("token") String token, @Valid @NotNull MessageRequest r, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return ok(
                refusedIfUnknown(() -> service.reply(token, r.text()), "POST /api/public/enquiry-threads/…/messages"));
    }

    @POST
    @Path("enquiry-threads/{token}/withdraw")
    @Anonymous
    @Operation(
            operationId = "withdrawVisitorEnquiry",
            summary = "The visitor withdraws the enquiry; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = VisitorThreadView.class)))
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response withdraw(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        return ok(refusedIfUnknown(
                () -> service.withdraw(
                        token,
                        Versions.expected(
                                ifMatch, () -> service.thread(token).enquiry().getVersion())),
                "POST /api/public/enquiry-threads/…/withdraw"));
    }

    @DELETE
    @Path("enquiry-threads/{token}")
    @Anonymous
    @Operation(
            operationId = "revokeVisitorThreadLink",
            summary =
                    "Switch the thread's link off for good (204); the enquiry stays with the offices, whose replies are still mailed")
    @APIResponse(responseCode = "204", description = "Switched off")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response revoke(@PathParam("token") String token, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        refusedIfUnknown(
                () -> {
                    service.revoke(token);
                    return null;
                },
                "DELETE /api/public/enquiry-threads/…");
        return Response.noContent().build();
    }

    private <T> T refusedIfUnknown(java.util.function.Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            refusals.record(what + " (no enquiry or request with this secret, or visitors' enquiries closed)");
            throw e;
        }
    }

    private static Response ok(VisitorThread t) {
        return Response.ok(VisitorThreadView.of(t))
                .tag(Versions.tag(t.enquiry().getVersion()))
                .cacheControl(noStore())
                .build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setPrivate(true);
        c.setNoStore(true);
        return c;
    }
}
