package org.hetao.registry.audit;

/**
 * The outcome of checking the audit chain: how many records were checked and, if the chain is
 * broken, the first record where it breaks and why.
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {
    static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem);
    }
}
