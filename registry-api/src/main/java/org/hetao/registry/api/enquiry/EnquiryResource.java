package org.hetao.registry.api.enquiry;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryCount;
import org.hetao.registry.enquiry.EnquiryService;

/** Enquiries: the caller's list, a thread, messages, the offices' notes, status changes, and the offices' report. */
@Path("enquiries")
@Tag(name = "enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnquiryResource {
    @Inject
    EnquiryService service;

    @GET
    @Requires(Permission.ENQUIRY_READ)
    @Operation(
            operationId = "listEnquiries",
            summary =
                    "Enquiries the caller reads: an investor's own, an office's on assets its institution owns, an administrator's all",
            description =
                    "Last updated first, at most 200, without their threads. For an investor, updated marks those an office wrote or moved since it last opened them.")
    public List<EnquiryView> list() {
        List<Enquiry> all = service.list();
        var titles = service.assetTitles(all);
        Set<Long> updated = service.updatedForInvestor(all);
        boolean investor = service.investorView();
        return all.stream()
                .map(e -> EnquiryView.of(e, titles, updated.contains(e.getId()), investor, false))
                .toList();
    }

    @GET
    @Path("report")
    @Requires(Permission.ENQUIRY_REPORT)
    @Operation(
            operationId = "getEnquiryReport",
            summary =
                    "Enquiries per month sent, asset and current status: an office's on its institution's assets, an administrator's all")
    public List<EnquiryCount> report() {
        return service.report();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.ENQUIRY_READ)
    @Operation(
            operationId = "getEnquiry",
            summary =
                    "Read an enquiry with its thread (an investor: without the offices' notes); the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The enquiry with its thread; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnquiryView.class)))
    public Response get(@PathParam("id") long id) {
        boolean investor = service.investorView();
        Enquiry e = service.get(id);
        return ok(e, investor);
    }

    @POST
    @Path("{id}/messages")
    @Requires(Permission.ENQUIRY_REPLY)
    @Operation(
            operationId = "replyToEnquiry",
            summary =
                    "Add a message to the thread (the investor, or an owner's office; an office's first reply takes a NEW enquiry into discussion)")
    @APIResponse(
            responseCode = "200",
            description = "The enquiry with the new message",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnquiryView.class)))
    public Response message(@PathParam("id") long id, @Valid @NotNull MessageRequest request) {
        return ok(service.reply(id, request.text()), service.investorView());
    }

    @POST
    @Path("{id}/notes")
    @Requires(Permission.ENQUIRY_NOTE)
    @Operation(
            operationId = "addEnquiryNote",
            summary = "Add an internal note for the co-owners' offices; the investor never reads it")
    @APIResponse(
            responseCode = "200",
            description = "The enquiry with the new internal note",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnquiryView.class)))
    public Response note(@PathParam("id") long id, @Valid @NotNull MessageRequest request) {
        return ok(service.note(id, request.text()), false);
    }

    @POST
    @Path("{id}/status")
    @Requires(Permission.ENQUIRY_REPLY)
    @Operation(
            operationId = "changeEnquiryStatus",
            summary =
                    "Move the enquiry (an owner's office forward or to DECLINED with a reason; the investor only to WITHDRAWN). Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The enquiry in its new status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnquiryView.class)))
    public Response status(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusRequest request) {
        long expected = Versions.expected(ifMatch, () -> service.get(id).getVersion());
        return ok(
                service.move(id, expected, request.status(), request.reason(), request.reasonText()),
                service.investorView());
    }

    private Response ok(Enquiry e, boolean investor) {
        return Response.ok(EnquiryView.of(e, service.assetTitles(List.of(e)), false, investor, true))
                .tag(Versions.tag(e.getVersion()))
                .build();
    }
}
