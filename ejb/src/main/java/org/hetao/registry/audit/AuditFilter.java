package org.hetao.registry.audit;

import java.time.OffsetDateTime;

/** Filters of the audit list; null means "any". */
public record AuditFilter(String entityKind, Long entityId, String actor, AuditAction action, OffsetDateTime from, OffsetDateTime to) {
}
