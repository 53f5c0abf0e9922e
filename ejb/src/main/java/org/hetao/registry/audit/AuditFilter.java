package org.hetao.registry.audit;

import java.time.OffsetDateTime;

/** Filters of the audit list and its export; null (or a blank text) means "any". */
public record AuditFilter(
        String entityKind, Long entityId, String actor, AuditAction action, OffsetDateTime from, OffsetDateTime to) {
    public AuditFilter {
        entityKind = entityKind == null || entityKind.isBlank() ? null : entityKind.strip();
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}
