package org.hetao.registry.api.inbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
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
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.inbox.InboxService;

/** An office's inbox: the items addressed to the caller's institution, newest first, and the caller's read marks. */
@Path("inbox")
@Tag(name = "inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    @Inject
    InboxService service;

    /** The number of unread items. */
    public record UnreadView(long unread) {}

    /** How many items a "mark all read" marked. */
    public record MarkedView(int marked) {}

    @GET
    @Requires(Permission.INBOX_READ)
    @Operation(
            operationId = "listInbox",
            summary =
                    "The inbox of the caller's office, newest first (an administrator: of institutionId, or of every office)",
            description =
                    "Filter unread=true: only the items the caller has not read. Paging: page, size (at most 200). "
                            + "Read marks are each account's own.")
    @APIResponse(
            responseCode = "200",
            description = "A page of notices, newest first",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = InboxView.class)))
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
    public PageView<InboxView> list(
            @QueryParam("institutionId") String institutionId,
            @QueryParam("unread") String unread,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest pr = PageRequest.of(page, size, null, Set.of("created"), "-created");
        return PageView.of(
                service.list(
                        Params.longValue("institutionId", institutionId),
                        Boolean.TRUE.equals(Params.booleanValue("unread", unread)),
                        pr),
                InboxView::of);
    }

    @GET
    @Path("unread-count")
    @Requires(Permission.INBOX_READ)
    @Operation(
            operationId = "countUnreadNotices",
            summary =
                    "How many items of the caller's inbox the caller has not read (an administrator: of institutionId, or of every office)")
    public UnreadView unread(@QueryParam("institutionId") String institutionId) {
        return new UnreadView(service.unread(Params.longValue("institutionId", institutionId)));
    }

    @POST
    @Path("{id}/read")
    @Requires(Permission.INBOX_READ)
    @Operation(
            operationId = "markNoticeRead",
            summary = "Mark one item of the caller's inbox read by the caller (again: no change)")
    @APIResponse(responseCode = "204", description = "Marked read")
    public Response read(@PathParam("id") long id) {
        service.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Requires(Permission.INBOX_READ)
    @Operation(
            operationId = "markAllNoticesRead",
            summary =
                    "Mark every item of the caller's inbox read by the caller (an administrator: of institutionId, or of every office)")
    public MarkedView readAll(@QueryParam("institutionId") String institutionId) {
        return new MarkedView(service.markAllRead(Params.longValue("institutionId", institutionId)));
    }
}
