package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hetao.registry.common.Jdbc;

/**
 * The audit chain: appends records keyed with the audit key, and verifies the chain against that
 * key and the checkpoints kept outside the database.
 *
 * <p>An append is one segment of the chain: the head row is locked ({@code SELECT ... FOR UPDATE}),
 * the records are chained after it and inserted as one JDBC batch, and the head moves to the last
 * of them, all on the transaction's connection, so that they commit or roll back with the writes
 * they describe. Appends of one transaction follow each other; those of concurrent transactions
 * wait for the head's lock.
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

    /** Appends events in order at the end of the chain as one segment: the head is locked and moved once. */
    public void appendAll(EntityManager em, List<AuditEvent> events) {
        appendAll(Jdbc.connection(em), events);
    }

    /** Appends events in order at the end of the chain as one segment, on the transaction's connection. */
    public void appendAll(Connection c, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            long seq;
            String hash;
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the audit chain has no head row");
                }
                seq = rs.getLong(1);
                hash = rs.getString(2);
            }
            try (PreparedStatement insert = c.prepareStatement(AuditEntry.INSERT)) {
                for (AuditEvent event : events) {
                    AuditEntry entry = AuditEntry.chained(seq + 1, hash, event, key);
                    entry.bind(insert);
                    insert.addBatch();
                    seq = entry.getSeq();
                    hash = entry.getHash();
                }
                insert.executeBatch();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, seq);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            appended.appended(seq, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit chain", e);
        }
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

    /**
     * The chain's current end as its head row says: read on the transaction's connection, so that
     * this transaction's own appends are included; outside a transaction, as last committed.
     */
    public static AuditCheckpoint.End end(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            return new AuditCheckpoint.End(head.getLastSeq(), head.getLastHash());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new AuditCheckpoint.End(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain's end", e);
        }
    }
}
