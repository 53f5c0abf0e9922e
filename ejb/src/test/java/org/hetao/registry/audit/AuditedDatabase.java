package org.hetao.registry.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;

/**
 * A migrated test database with a keyed audit chain and a checkpoint file, as the running registry
 * has them (start-up checkpoint, a checkpoint after commits), and the means of someone who can write
 * the database but holds neither the key nor the checkpoint file.
 */
final class AuditedDatabase implements AutoCloseable {
    final TestDatabase db;
    final TestDatabase.Fixture f;
    final AuditCheckpoints checkpoints;
    private final AuditChain chain;
    private AuditCheckpoint.End appended;

    AuditedDatabase(TestDatabase db, Path dir) {
        this.db = db;
        this.f = db.fresh();
        this.checkpoints = new AuditCheckpoints(
                new AuditCheckpointFile(dir.resolve("checkpoints")),
                TestAudit.KEY,
                1000,
                Duration.ofHours(1),
                Clock.systemUTC());
        this.chain = new AuditChain(TestAudit.KEY, (seq, hash) -> appended = new AuditCheckpoint.End(seq, hash));
    }

    /** The registry starts: the chain's end is checkpointed. */
    AuditedDatabase start() {
        checkpoints.start(f.inTransaction(AuditChain::end));
        return this;
    }

    /** Appends {@code n} records, each in a transaction of its own, telling the checkpoints of each commit. */
    AuditedDatabase append(int n) {
        for (int i = 1; i <= n; i++) {
            long shares = i;
            f.run(em -> chain.append(
                    em,
                    new AuditEvent(
                            "tto-hku",
                            "TTO",
                            AuditAction.UPDATE,
                            "ownership",
                            42L,
                            "{\"shares\":{\"before\":" + shares + ",\"after\":" + (shares + 1) + "}}",
                            null)));
            checkpoints.committed(appended.seq(), appended.hash());
        }
        return this;
    }

    AuditVerification verify() {
        return verify(TestAudit.KEY);
    }

    AuditVerification verify(AuditKey key) {
        return f.inTransaction(em -> new AuditChain(key, (s, h) -> {}).verify(em, checkpoints.all()));
    }

    /** Runs statements as the database's owner would: with the append-only trigger out of the way. */
    void asDatabaseWriter(String... statements) throws SQLException {
        try (Connection c = f.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    db == TestDatabase.H2
                            ? "DROP TRIGGER IF EXISTS audit_log_no_update"
                            : "ALTER TABLE audit_log DISABLE TRIGGER USER");
            for (String statement : statements) {
                s.execute(statement);
            }
            if (db == TestDatabase.POSTGRESQL) {
                s.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
            }
        }
    }

    /**
     * As a database writer who knows the plain SHA-256 scheme: recomputes the hash of every record
     * from {@code fromSeq} on, relinks them, and moves the head to the new end. With {@code downgrade}
     * the records are also marked as plain SHA-256 ones; without, they keep their keyed scheme.
     */
    void rehashFrom(long fromSeq, boolean downgrade) throws SQLException {
        try (Connection c = f.dataSource().getConnection()) {
            if (db == TestDatabase.H2) {
                c.createStatement().execute("DROP TRIGGER IF EXISTS audit_log_no_update");
            } else {
                c.createStatement().execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = c.createStatement()
                    .executeQuery("SELECT seq, occurred_at, actor, actor_role, action, entity_kind, entity_id, "
                            + "changes, detail, prev_hash FROM audit_log WHERE seq >= " + fromSeq + " ORDER BY seq")) {
                while (r.next()) {
                    rows.add(new Object[] {
                        r.getLong(1),
                        r.getObject(2, OffsetDateTime.class),
                        new AuditEvent(
                                r.getString(3),
                                r.getString(4),
                                AuditAction.valueOf(r.getString(5)),
                                r.getString(6),
                                (Long) r.getObject(7, Long.class),
                                r.getString(8),
                                r.getString(9))
                    });
                }
            }
            String prev = prevHash(c, fromSeq);
            for (Object[] row : rows) {
                long seq = (Long) row[0];
                String hash = AuditHash.legacy(seq, (OffsetDateTime) row[1], (AuditEvent) row[2], prev);
                try (PreparedStatement u = c.prepareStatement(
                        downgrade
                                ? "UPDATE audit_log SET prev_hash = ?, hash = ?, hash_scheme = 'sha256', hash_key_id = NULL WHERE seq = ?"
                                : "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                    u.setString(1, prev);
                    u.setString(2, hash);
                    u.setLong(3, seq);
                    u.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement h = c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
                h.setString(1, prev);
                h.executeUpdate();
            }
            if (db == TestDatabase.POSTGRESQL) {
                c.createStatement().execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
            }
        }
    }

    /**
     * Appends {@code n} records as the registry did before its chain was keyed: plain SHA-256,
     * {@code hash_scheme} left at its default, the head moved along.
     */
    AuditedDatabase appendUnkeyed(int n) throws SQLException {
        try (Connection c = f.dataSource().getConnection()) {
            long seq;
            String prev;
            try (ResultSet r =
                    c.createStatement().executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
                r.next();
                seq = r.getLong(1);
                prev = r.getString(2);
            }
            for (int i = 0; i < n; i++) {
                seq++;
                OffsetDateTime at = OffsetDateTime.parse("2026-11-0" + (1 + i % 9) + "T08:00:00Z");
                AuditEvent e = new AuditEvent(
                        "admin", "ADMIN", AuditAction.CREATE, "institution", seq, "{}", "before the key");
                String hash = AuditHash.legacy(seq, at, e, prev);
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO audit_log (seq, occurred_at, actor, actor_role, action, "
                                + "entity_kind, entity_id, changes, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    p.setLong(1, seq);
                    p.setObject(2, at);
                    p.setString(3, e.actor());
                    p.setString(4, e.actorRole());
                    p.setString(5, e.action().name());
                    p.setString(6, e.entityKind());
                    p.setLong(7, e.entityId());
                    p.setString(8, e.changes());
                    p.setString(9, e.detail());
                    p.setString(10, prev);
                    p.setString(11, hash);
                    p.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement h =
                    c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                h.setLong(1, seq);
                h.setString(2, prev);
                h.executeUpdate();
            }
        }
        return this;
    }

    /** As a database writer: deletes every record after {@code keep} and moves the head back to it, consistently. */
    void cutTailAfter(long keep) throws SQLException {
        String hash;
        try (Connection c = f.dataSource().getConnection()) {
            hash = prevHash(c, keep + 1);
        }
        asDatabaseWriter(
                "DELETE FROM audit_log WHERE seq > " + keep,
                "UPDATE audit_head SET last_seq = " + keep + ", last_hash = '" + hash + "' WHERE id = 1");
    }

    private static String prevHash(Connection c, long seq) throws SQLException {
        if (seq == 1) {
            return AuditHash.GENESIS;
        }
        try (ResultSet r = c.createStatement().executeQuery("SELECT hash FROM audit_log WHERE seq = " + (seq - 1))) {
            r.next();
            return r.getString(1);
        }
    }

    @Override
    public void close() {
        f.close();
    }
}
