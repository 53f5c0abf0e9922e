package org.hetao.registry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the audit chain: its last number and hash. Appends lock this one row. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {}

    /** Chains the event after the current end, and moves the end to it. */
    AuditEntry append(AuditEvent event, AuditKey key) {
        AuditEntry entry = AuditEntry.chained(lastSeq + 1, lastHash, event, key);
        lastSeq = entry.getSeq();
        lastHash = entry.getHash();
        return entry;
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }
}
