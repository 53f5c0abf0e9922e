package org.hetao.registry.api.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.account.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditFilter;
import org.hetao.registry.audit.AuditService;
import org.hetao.registry.audit.AuditVerification;
import org.hetao.registry.common.PageRequest;

/** The audit trail, for administrators. */
@Path("audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditService service;

    @GET
    @Requires(Permission.AUDIT_READ)
    @Operation(operationId = "listAuditEntries", summary = "List audit records, newest first", description = "Filters: entityKind, entityId, actor, action, "
            + "from and to (ISO-8601 date-times, UTC offset included, e.g. 2026-11-22T00:00:00Z).")
    @APIResponse(responseCode = "200", description = "A page of audit entries, newest first", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AuditView.class)))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, at most 200",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
    public PageView<AuditView> list(@QueryParam("entityKind") String entityKind, @QueryParam("entityId") String entityId,
                                    @QueryParam("actor") String actor, @QueryParam("action") String action,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        AuditFilter filter = new AuditFilter(entityKind, Params.longValue("entityId", entityId), actor,
                Params.enumValue(AuditAction.class, "action", action), Params.dateTime("from", from), Params.dateTime("to", to));
        return PageView.of(service.list(filter, PageRequest.of(page, size, "-seq", Set.of("seq"), "-seq")), AuditView::of);
    }

    @GET
    @Path("verify")
    @Requires(Permission.AUDIT_READ)
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the keyed hash chain and check it against the checkpoints kept outside the database; "
            + "reports the first record altered, removed or not checkable with this registry's audit key")
    public AuditVerification verify() {
        return service.verify();
    }

}
