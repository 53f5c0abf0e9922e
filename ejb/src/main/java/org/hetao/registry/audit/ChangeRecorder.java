package org.hetao.registry.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;

/**
 * Records a write in the writing transaction: an audit record of who changed what (the changed
 * fields with their values before and after) and an outbox row telling the indexer to re-read the
 * record after commit, both made by {@link ChangeBatch}. Services call it once per write, or hand it
 * a batch of the caller's changes ({@link #batch}, {@link #write}).
 */
@ApplicationScoped
public class ChangeRecorder {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @EJB
    AuditAnchor anchor;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<RecordChanged> changed;

    /** Outside the container: the chain, the caller and where change events go. */
    private AuditChain chain;

    private Supplier<Caller> fixedCaller;
    private Consumer<RecordChanged> listener;

    protected ChangeRecorder() {}

    /** A recorder over an entity manager, outside the container (plain tests of the services). */
    public ChangeRecorder(
            EntityManager em, AuditChain chain, Supplier<Caller> caller, Consumer<RecordChanged> listener) {
        this.em = em;
        this.chain = chain;
        this.fixedCaller = caller;
        this.listener = listener;
    }

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
        write(batch().record(action, kind, id, before, after, hidden));
    }

    /** An empty batch of the caller's changes. */
    public ChangeBatch batch() {
        Caller caller = caller();
        return new ChangeBatch(
                chain(),
                caller == null ? "system" : caller.username(),
                caller == null ? null : caller.role().name(),
                null);
    }

    /** Writes the batch's audit records and outbox rows in the current transaction, and tells of each changed record. */
    public void write(ChangeBatch batch) {
        for (RecordChanged r : batch.write(em)) {
            if (listener != null) {
                listener.accept(r);
            } else {
                changed.fire(r);
            }
        }
    }

    private AuditChain chain() {
        return chain != null ? chain : anchor.chain();
    }

    /** The signed-in caller, or none for work the registry does itself (start-up, demo data). */
    public Caller caller() {
        if (fixedCaller != null) {
            return fixedCaller.get();
        }
        try {
            return callerContext.current().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
