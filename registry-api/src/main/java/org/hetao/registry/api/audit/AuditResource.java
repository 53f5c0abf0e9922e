package org.hetao.registry.api.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEntry;
import org.hetao.registry.audit.AuditExportFormat;
import org.hetao.registry.audit.AuditExportWriter;
import org.hetao.registry.audit.AuditFilter;
import org.hetao.registry.audit.AuditService;
import org.hetao.registry.audit.AuditVerification;
import org.hetao.registry.audittrail.AuditNames;
import org.hetao.registry.audittrail.AuditReferences;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** The audit trail, for administrators: the list with the names of what each record refers to, its export and its verification. */
@Path("audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final Logger LOG = Logger.getLogger(AuditResource.class.getName());

    @Inject
    AuditService service;

    @Inject
    AuditNames names;

    @GET
    @Requires(Permission.AUDIT_READ)
    @Operation(
            operationId = "listAuditEntries",
            summary = "List audit records, newest first",
            description = "Filters: entityKind, entityId, actor, action, "
                    + "from and to (ISO-8601 date-times, UTC offset included, e.g. 2026-11-22T00:00:00Z). Each record comes with the names of "
                    + "the records it refers to (entityName, names), as far as the reader may see them.")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries, newest first",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditView.class)))
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
    public PageView<AuditView> list(
            @QueryParam("entityKind") String entityKind,
            @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<AuditEntry> entries = service.list(
                filter(entityKind, entityId, actor, action, from, to),
                PageRequest.of(page, size, "-seq", Set.of("seq"), "-seq"));
        Map<String, String> known = namesOf(entries.items(), names.reader());
        return PageView.of(entries, a -> AuditView.of(a, known));
    }

    @GET
    @Path("kinds")
    @Requires(Permission.AUDIT_READ)
    @Operation(
            operationId = "listAuditEntityKinds",
            summary = "The kinds of record the audit trail names (institution, project, ownership, …), "
                    + "in alphabetical order: the values the entityKind filter can match")
    @APIResponse(
            responseCode = "200",
            description = "The kinds",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    public List<String> kinds() {
        return service.kinds();
    }

    @GET
    @Path("export")
    @Requires(Permission.AUDIT_READ)
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(
            operationId = "exportAuditEntries",
            summary = "Export the audit records that match the list's filters as CSV or JSON Lines, "
                    + "oldest first, with the chain's hashes",
            description =
                    "format=csv|jsonl, or Accept: text/csv; JSON Lines by default. The same filters as the list. Columns: seq, occurredAt "
                            + "(as the hash covers it, ISO-8601 in UTC), actor, actorRole, action, entityKind, entityId, changes (the stored JSON text), "
                            + "detail, prevHash, hash, hashScheme, hashKeyId, then entityName and names (not hashed). Streamed slice by slice. "
                            + "The export is itself audited (kind \"audit export\", naming the format and filters) and holds the records up to "
                            + "and including that record.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
            })
    public Response export(
            @QueryParam("entityKind") String entityKind,
            @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        AuditFilter filter = filter(entityKind, entityId, actor, action, from, to);
        AuditExportFormat f = AuditExportFormat.of(format, accept);
        long upTo = service.startExport(filter, f);
        Caller reader = names.reader();
        StreamingOutput body = out -> {
            try (AuditExportWriter w = new AuditExportWriter(out, f)) {
                long after = 0;
                List<AuditEntry> slice;
                do {
                    slice = service.exportSlice(filter, after, upTo);
                    Map<String, String> known = namesOf(slice, reader);
                    for (AuditEntry a : slice) {
                        AuditView v = AuditView.of(a, known);
                        w.write(a, v.entityName(), v.names());
                        after = a.getSeq();
                    }
                    w.flush();
                } while (slice.size() == AuditService.SLICE);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "An export of the audit trail stopped part-way", e);
                throw e;
            }
        };
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"audit-to-" + upTo + "." + f.extension() + "\"")
                .build();
    }

    @GET
    @Path("verify")
    @Requires(Permission.AUDIT_READ)
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Recompute the keyed hash chain and check it against the checkpoints kept outside the database; "
                    + "reports the first record altered, removed or not checkable with this registry's audit key")
    public AuditVerification verify() {
        return service.verify();
    }

    private static AuditFilter filter(
            String entityKind, String entityId, String actor, String action, String from, String to) {
        return new AuditFilter(
                entityKind,
                Params.longValue("entityId", entityId),
                actor,
                Params.enumValue(AuditAction.class, "action", action),
                Params.dateTime("from", from),
                Params.dateTime("to", to));
    }

    /** The names of everything these records refer to, read at once. */
    private Map<String, String> namesOf(List<AuditEntry> entries, Caller reader) {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(a -> keys.addAll(AuditReferences.of(a.event())));
        return keys.isEmpty() ? new HashMap<>() : names.of(keys, reader);
    }
}
