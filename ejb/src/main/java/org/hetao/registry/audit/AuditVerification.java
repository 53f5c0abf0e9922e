package org.hetao.registry.audit;

/**
 * The outcome of checking the audit chain: how many records were checked, the newest record a
 * checkpoint outside the database vouches for, and, if the chain is not intact, the first record
 * where it breaks or from which it cannot be checked, and why.
 */
public record AuditVerification(
        boolean intact, long checked, Long firstBrokenSeq, String problem, Long lastCheckpointSeq) {
    static AuditVerification ok(long checked, Long lastCheckpointSeq) {
        return new AuditVerification(true, checked, null, null, lastCheckpointSeq);
    }

    static AuditVerification broken(long checked, long seq, String problem, Long lastCheckpointSeq) {
        return new AuditVerification(false, checked, seq, problem, lastCheckpointSeq);
    }
}
