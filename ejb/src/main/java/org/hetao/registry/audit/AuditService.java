package org.hetao.registry.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Reads the audit trail and verifies its chain. */
@Stateless
public class AuditService {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;
    @EJB
    private AuditAnchor anchor;

    /** Newest first. */
    public Page<AuditEntry> list(AuditFilter f, PageRequest page) {
        ListQuery<AuditEntry> q = new ListQuery<>(em, AuditEntry.class).orderTiesBy("seq")
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
        return q.page(page, "seq");
    }

    /**
     * Recomputes every record's hash in order (keyed records with the audit key) and checks that
     * each links to the one before, that no number is missing, that the chain ends where the head
     * says and that it agrees with the checkpoints kept outside the database. Reports the first break.
     */
    public AuditVerification verify() {
        return anchor.chain().verify(em, anchor.checkpoints().all());
    }
}
