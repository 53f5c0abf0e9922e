package org.hetao.registry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;

/**
 * Records a write in the writing transaction: an audit record of who changed what (the changed
 * fields with their values before and after) and an outbox row telling the indexer to re-read the
 * record after commit. Services call it once per write.
 */
@ApplicationScoped
public class ChangeRecorder {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<RecordChanged> changed;

    public void created(String kind, long id, Record after) {
        record(AuditAction.CREATE, kind, id, null, after, Set.of());
    }

    public void updated(String kind, long id, Record before, Record after) {
        record(AuditAction.UPDATE, kind, id, before, after, Set.of());
    }

    public void deleted(String kind, long id, Record before) {
        record(AuditAction.DELETE, kind, id, before, null, Set.of());
    }

    /** A write whose named fields hold secrets: they are reported as changed, without values. */
    public void record(AuditAction action, String kind, long id, Record before, Record after, Set<String> hidden) {
        Caller caller = caller();
        audit.append(new AuditEvent(
                caller == null ? "system" : caller.username(),
                caller == null ? null : caller.role().name(),
                action,
                kind,
                id,
                Changes.between(before, after, hidden),
                null));
        em.persist(new OutboxEntry(kind, id));
        changed.fire(new RecordChanged(kind, id));
    }

    /** The signed-in caller, or none for work the registry does itself (start-up, demo data). */
    public Caller caller() {
        try {
            return callerContext.current().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
