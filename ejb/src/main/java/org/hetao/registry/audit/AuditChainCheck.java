package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One verification of the audit chain against the audit key and the checkpoints (see {@link AuditChain#verify}). */
final class AuditChainCheck {
    private static final int BATCH = 1000;
    private final EntityManager em;
    private final AuditKey key;
    private final Map<Long, AuditCheckpoint> checkpointed = new HashMap<>();
    private AuditCheckpoint first;
    private AuditCheckpoint last;

    AuditChainCheck(EntityManager em, AuditKey key) {
        this.em = em;
        this.key = key;
    }

    AuditVerification run(List<AuditCheckpoint> checkpoints) {
        for (AuditCheckpoint c : checkpoints) {
            String wrong = problemOf(c);
            if (wrong != null) {
                return AuditVerification.broken(0, c.seq(), wrong, null);
            }
        }
        Long anchored = last == null ? null : last.seq();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.detach(head);
        String prev = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        boolean keyedSeen = false;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "SELECT a FROM AuditEntry a WHERE a.seq >= :from AND a.seq <= :last ORDER BY a.seq",
                            AuditEntry.class)
                    .setParameter("from", expectedSeq)
                    .setParameter("last", head.getLastSeq())
                    .setMaxResults(BATCH)
                    .getResultList();
            for (AuditEntry a : batch) {
                String wrong = problemOf(a, expectedSeq, prev, keyedSeen);
                if (wrong != null) {
                    return AuditVerification.broken(checked, expectedSeq, wrong, anchored);
                }
                keyedSeen |= a.isKeyed();
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
            return AuditVerification.broken(
                    checked,
                    checked + 1,
                    "the chain ends at record " + checked + " but should end at record " + head.getLastSeq()
                            + ": later records were removed",
                    anchored);
        }
        if (last != null && last.seq() > checked) {
            return AuditVerification.broken(
                    checked,
                    checked + 1,
                    "the chain ends at record " + checked + " but a checkpoint of record " + last.seq()
                            + " was written at " + last.writtenAt() + ": later records were removed",
                    anchored);
        }
        if (keyedSeen && last == null) {
            return AuditVerification.broken(
                    checked,
                    checked,
                    "no audit checkpoint exists: records removed from the end of the chain "
                            + "could not be detected (is the checkpoint file in place?)",
                    null);
        }
        return AuditVerification.ok(checked, anchored);
    }

    /** Why a checkpoint cannot be relied on, or null; records it otherwise. */
    private String problemOf(AuditCheckpoint c) {
        if (!c.keyId().equals(key.id())) {
            return "the checkpoint of record " + c.seq() + " written at " + c.writtenAt()
                    + " was signed with audit key " + c.keyId() + ", not with this registry's key " + key.id()
                    + ": it cannot be checked";
        }
        if (!c.signedBy(key)) {
            return "the checkpoint of record " + c.seq() + " written at " + c.writtenAt()
                    + " is not genuine: its signature does not match";
        }
        AuditCheckpoint same = checkpointed.putIfAbsent(c.seq(), c);
        if (same != null && !same.hash().equals(c.hash())) {
            return "two checkpoints of record " + c.seq() + " (written at " + same.writtenAt() + " and " + c.writtenAt()
                    + ") disagree: the chain was rewritten from there";
        }
        if (first == null || c.seq() < first.seq()) {
            first = c;
        }
        if (last == null || c.seq() > last.seq()) {
            last = c;
        }
        return null;
    }

    /** Why a record breaks the chain or cannot be checked, or null. */
    private String problemOf(AuditEntry a, long expectedSeq, String prev, boolean keyedSeen) {
        if (a.getSeq() != expectedSeq) {
            return "record " + expectedSeq + " is missing";
        }
        if (!a.getPrevHash().equals(prev)) {
            return "record " + a.getSeq() + " does not link to the record before it";
        }
        if (!a.isKeyed() && (keyedSeen || (first != null && a.getSeq() > first.seq()))) {
            return "record " + a.getSeq() + " is not keyed, but it follows a point from which every record is keyed: "
                    + "the record was rewritten without the audit key";
        }
        switch (a.check(key)) {
            case ALTERED:
                return "record " + a.getSeq() + " was altered after it was written";
            case OTHER_KEY:
                return "record " + a.getSeq() + " is keyed with audit key " + a.getHashKeyId()
                        + ", not with this registry's key " + key.id()
                        + ": it and the records after it cannot be checked";
            default:
                break;
        }
        AuditCheckpoint c = checkpointed.get(a.getSeq());
        if (c != null && !c.hash().equals(a.getHash())) {
            return "record " + a.getSeq() + " is not the record checkpointed at " + c.writtenAt()
                    + ": the chain was rewritten";
        }
        return null;
    }
}
