package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hetao.registry.common.ListQuery;

/** The audit records that match a filter, for the paged list and for an export's slices. */
final class AuditRecords {
    private AuditRecords() {}

    static ListQuery<AuditEntry> matching(EntityManager em, AuditFilter f) {
        ListQuery<AuditEntry> q = new ListQuery<>(em, AuditEntry.class)
                .orderTiesBy("seq")
                .equal("entityKind", f.entityKind())
                .equal("entityId", f.entityId())
                .equal("actor", f.actor())
                .equal("action", f.action());
        if (f.from() != null) {
            q.where((cb, r) -> cb.greaterThanOrEqualTo(r.get("occurredAt"), f.from()));
        }
        if (f.to() != null) {
            q.where((cb, r) -> cb.lessThan(r.get("occurredAt"), f.to()));
        }
        return q;
    }

    /** The next {@code size} matching records after number {@code afterSeq} and up to number {@code upToSeq}, in the chain's order. */
    static List<AuditEntry> slice(EntityManager em, AuditFilter f, long afterSeq, long upToSeq, int size) {
        return matching(em, f)
                .where((cb, r) -> cb.lessThanOrEqualTo(r.get("seq"), upToSeq))
                .slice(afterSeq, size);
    }

    /** The kinds of record the trail names, in alphabetical order. */
    static List<String> kinds(EntityManager em) {
        return em.createQuery(
                        "SELECT DISTINCT a.entityKind FROM AuditEntry a WHERE a.entityKind IS NOT NULL ORDER BY a.entityKind",
                        String.class)
                .getResultList();
    }
}
