package org.hetao.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Reads the audit trail and verifies its chain. */
@Stateless
public class AuditService {
    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Newest first. */
    public Page<AuditEntry> list(AuditFilter f, PageRequest page) {
        ListQuery<AuditEntry> q = new ListQuery<>(em, AuditEntry.class)
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
     * Recomputes every record's hash in order and checks that each links to the one before, that
     * no number is missing and that the chain ends where the head says. Reports the first break.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditVerification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.detach(head);
        String prev = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("SELECT a FROM AuditEntry a WHERE a.seq >= :from AND a.seq <= :last ORDER BY a.seq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setParameter("last", head.getLastSeq()).setMaxResults(BATCH).getResultList();
            for (AuditEntry a : batch) {
                if (a.getSeq() != expectedSeq) {
                    return AuditVerification.broken(checked, expectedSeq, "record " + expectedSeq + " is missing");
                }
                if (!a.getPrevHash().equals(prev)) {
                    return AuditVerification.broken(checked, a.getSeq(), "record " + a.getSeq() + " does not link to the record before it");
                }
                if (!a.hashMatches()) {
                    return AuditVerification.broken(checked, a.getSeq(), "record " + a.getSeq() + " was altered after it was written");
                }
                prev = a.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (head.getLastSeq() != checked || !head.getLastHash().equals(prev)) {
            return AuditVerification.broken(checked, checked + 1, "the chain ends at record " + checked
                    + " but should end at record " + head.getLastSeq() + ": later records were removed");
        }
        return AuditVerification.ok(checked);
    }
}
