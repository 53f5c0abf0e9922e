package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Walks the audit chain from its first record to the head and reports the first break. */
public final class AuditChain {
    private static final int BATCH = 1000;
    private final EntityManager em;

    public AuditChain(EntityManager em) {
        this.em = em;
    }

    /**
     * Recomputes every record's hash in order and checks that each links to the one before, that
     * no number is missing and that the chain ends where the head says. Records appended while this
     * runs (after the head it read) are left for the next check.
     */
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

    /** Appends an event at the end of the chain (the caller holds the transaction). */
    public static void append(EntityManager em, AuditEvent event) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.persist(head.append(event));
    }

    /** Appends events in order at the end of the chain, locking its head once (bulk imports). */
    public static void appendAll(EntityManager em, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        for (AuditEvent event : events) {
            em.persist(head.append(event));
        }
    }
}
