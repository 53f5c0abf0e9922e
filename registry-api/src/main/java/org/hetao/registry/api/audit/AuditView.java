package org.hetao.registry.api.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.hetao.registry.audit.AuditEntry;
import org.hetao.registry.audit.AuditEvent;

/** An audit record in a response; {@code changes} is the JSON text of the changed fields' before and after values. */
@Schema(name = "AuditView")
public record AuditView(long seq, OffsetDateTime occurredAt, String actor, String actorRole, String action, String entityKind,
                        Long entityId, String changes, String detail, String prevHash, String hash) {
    public static AuditView of(AuditEntry a) {
        AuditEvent e = a.event();
        return new AuditView(a.getSeq(), a.getOccurredAt(), e.actor(), e.actorRole(), e.action().name(), e.entityKind(),
                e.entityId(), e.changes(), e.detail(), a.getPrevHash(), a.getHash());
    }
}
