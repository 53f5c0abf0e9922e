package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.Jdbc;
import org.hetao.registry.common.RegistryIds;

/**
 * The one place where a write's audit record and outbox row are made: every write of the registry,
 * through a service or an import, records its changes here, and they are written in the writing
 * transaction with JDBC batches — the outbox rows (which tell the indexer to re-read the records
 * after commit) and the audit records as one segment of the hash chain per {@link #SEGMENT}
 * records. Rolled back with the transaction, nothing of it remains.
 *
 * <p>A service writes its batch at once ({@link #write}); an import writes the outbox rows of each
 * batch of rows as it goes ({@link #writeOutbox}) and appends the audit records at its end
 * ({@link #appendAudit}), so that the chain's head, which every append locks until commit, is not
 * held while the rows are written.
 */
public final class ChangeBatch {
    /** The audit records appended as one segment of the chain (one lock of its head, one JDBC batch). */
    public static final int SEGMENT = 1_000;

    private static final String OUTBOX_INSERT =
            "INSERT INTO outbox (id, entity_kind, entity_id, recorded_at, attempts) VALUES (?,?,?,?,0)";

    private final AuditChain chain;
    private final String actor;
    private final String actorRole;
    private final String detail;
    private final List<AuditEvent> audit = new ArrayList<>();
    private final List<RecordChanged> outbox = new ArrayList<>();

    /** Changes made by {@code actor} (in role {@code actorRole}; none for the registry's own work), with an optional detail. */
    public ChangeBatch(AuditChain chain, String actor, String actorRole, String detail) {
        this.chain = chain;
        this.actor = actor;
        this.actorRole = actorRole;
        this.detail = detail;
    }

    public ChangeBatch created(String kind, long id, Record after) {
        return record(AuditAction.CREATE, kind, id, null, after, Set.of());
    }

    public ChangeBatch updated(String kind, long id, Record before, Record after) {
        return record(AuditAction.UPDATE, kind, id, before, after, Set.of());
    }

    public ChangeBatch deleted(String kind, long id, Record before) {
        return record(AuditAction.DELETE, kind, id, before, null, Set.of());
    }

    /** A change of a record: its audit record (the named {@code hidden} fields without values) and its outbox row. */
    public ChangeBatch record(
            AuditAction action, String kind, long id, Record before, Record after, Set<String> hidden) {
        audit.add(new AuditEvent(actor, actorRole, action, kind, id, Changes.between(before, after, hidden), detail));
        outbox.add(new RecordChanged(kind, id));
        return this;
    }

    /** Writes the audit records and the outbox rows in the entity manager's transaction; returns the changed records. */
    public List<RecordChanged> write(EntityManager em) {
        Connection c = Jdbc.connection(em);
        List<RecordChanged> changed = writeOutbox(c, new RegistryIds(c));
        appendAudit(c);
        return changed;
    }

    /** Writes the outbox rows recorded since the last call as one JDBC batch; returns their records, for the change events. */
    public List<RecordChanged> writeOutbox(Connection c, RegistryIds ids) {
        if (outbox.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement(OUTBOX_INSERT)) {
            for (RecordChanged r : outbox) {
                ps.setLong(1, ids.next());
                ps.setString(2, r.entityKind());
                ps.setLong(3, r.entityId());
                ps.setObject(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the outbox rows", e);
        }
        List<RecordChanged> written = List.copyOf(outbox);
        outbox.clear();
        return written;
    }

    /** Appends the audit records recorded since the last call to the chain, in segments of {@link #SEGMENT}. */
    public void appendAudit(Connection c) {
        for (int from = 0; from < audit.size(); from += SEGMENT) {
            chain.appendAll(c, audit.subList(from, Math.min(audit.size(), from + SEGMENT)));
        }
        audit.clear();
    }

    /** The audit records recorded and not yet appended. */
    public int pendingAudit() {
        return audit.size();
    }
}
