package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * The audit chain: appends records keyed with the audit key, and verifies the chain against that
 * key and the checkpoints kept outside the database.
 */
public final class AuditChain {
    /** Told of the chain's new end after each append, so that it can be checkpointed once the transaction commits. */
    public interface Appended {
        void appended(long seq, String hash);
    }

    private final AuditKey key;
    private final Appended appended;

    public AuditChain(AuditKey key, Appended appended) {
        this.key = key;
        this.appended = appended;
    }

    /** Appends an event at the end of the chain (the caller holds the transaction). */
    public void append(EntityManager em, AuditEvent event) {
        appendAll(em, List.of(event));
    }

    /** Appends events in order at the end of the chain, locking its head once (bulk imports). */
    public void appendAll(EntityManager em, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        for (AuditEvent event : events) {
            em.persist(head.append(event, key));
        }
        appended.appended(head.getLastSeq(), head.getLastHash());
    }

    /**
     * Recomputes every record's hash in order and checks that each links to the one before, that
     * no number is missing, that the chain ends where the head says, and that it agrees with every
     * checkpoint: each checkpointed record still has the hash the checkpoint sealed, and no
     * checkpoint lies beyond the chain's end. Reports the first break, or the first record that
     * cannot be checked (keyed with a key this registry does not hold).
     */
    public AuditVerification verify(EntityManager em, List<AuditCheckpoint> checkpoints) {
        return new AuditChainCheck(em, key).run(checkpoints);
    }

    /** The chain's current end as its head row says, for the checkpoint taken at start-up. */
    public static AuditCheckpoint.End end(EntityManager em) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        return new AuditCheckpoint.End(head.getLastSeq(), head.getLastHash());
    }
}
