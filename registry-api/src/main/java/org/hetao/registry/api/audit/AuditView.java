package org.hetao.registry.api.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.audit.AuditEntry;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audittrail.AuditReferences;

/**
 * An audit record in a response; {@code changes} is the JSON text of the changed fields' before and
 * after values, exactly as stored and hashed. {@code entityName} names the record and {@code names}
 * every record it refers to ({@code "institution:1001": "HKUST"}), as far as the reader may see them.
 */
@Schema(name = "AuditView")
public record AuditView(
        long seq,
        OffsetDateTime occurredAt,
        String actor,
        String actorRole,
        String action,
        String entityKind,
        Long entityId,

        @Schema(
                description = "The name of the record (an institution's short name, a person's name, a project's code, "
                        + "an IP asset's title, an account's username) when the reader may see it")
        String entityName,

        String changes,
        String detail,
        String prevHash,
        String hash,

        @Schema(
                description = "The names of the records the entry refers to, by kind and id (\"institution:1001\", "
                        + "\"person:…\", \"project:…\", \"ip-asset:…\", \"account:…\"); records the reader may not see, or that "
                        + "no longer exist, are left out")
        Map<String, String> names) {
    /** The view of an entry with the names, of those in {@code known}, of what it refers to. */
    public static AuditView of(AuditEntry a, Map<String, String> known) {
        AuditEvent e = a.event();
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : AuditReferences.of(e)) {
            String name = known.get(key);
            if (name != null) {
                names.put(key, name);
            }
        }
        String subject = AuditReferences.subject(e.entityKind(), e.entityId());
        return new AuditView(
                a.getSeq(),
                a.getOccurredAt(),
                e.actor(),
                e.actorRole(),
                e.action().name(),
                e.entityKind(),
                e.entityId(),
                subject == null ? null : known.get(subject),
                e.changes(),
                e.detail(),
                a.getPrevHash(),
                a.getHash(),
                names);
    }
}
