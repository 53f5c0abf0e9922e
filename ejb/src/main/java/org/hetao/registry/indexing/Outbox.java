package org.hetao.registry.indexing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.hetao.registry.audit.OutboxEntry;

/** The indexer's side of the outbox table: reads pending rows, removes indexed ones, counts failures. Each call is one transaction. */
@Stateless
public class Outbox {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** A change still to be indexed. */
    public record Pending(long id, String kind, long entityId, int attempts) {}

    /** The oldest rows not yet tried, in id order. */
    public List<Pending> fresh(int max) {
        return pending(
                em.createQuery("SELECT o FROM OutboxEntry o WHERE o.attempts = 0 ORDER BY o.id", OutboxEntry.class),
                max);
    }

    /** Rows that failed before, with ids above {@code afterId}, in id order. */
    public List<Pending> failed(long afterId, int max) {
        return pending(
                em.createQuery(
                                "SELECT o FROM OutboxEntry o WHERE o.attempts > 0 AND o.id > :after ORDER BY o.id",
                                OutboxEntry.class)
                        .setParameter("after", afterId),
                max);
    }

    private static List<Pending> pending(jakarta.persistence.TypedQuery<OutboxEntry> query, int max) {
        return query.setMaxResults(max)
                .getResultStream()
                .map(o -> new Pending(o.getId(), o.getEntityKind(), o.getEntityId(), o.getAttempts()))
                .toList();
    }

    /** Records changes to index again, as a write would: one row per id. */
    public void enqueue(String kind, long[] ids) {
        for (long id : ids) {
            em.persist(new OutboxEntry(kind, id));
        }
    }

    /** Removes rows whose records are indexed. */
    public void remove(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM OutboxEntry o WHERE o.id IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /** Counts one more failed attempt on each row; the rows stay to be tried again. */
    public void attemptFailed(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("UPDATE OutboxEntry o SET o.attempts = o.attempts + 1 WHERE o.id IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /** How many rows wait to be indexed. */
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(o) FROM OutboxEntry o", Long.class).getSingleResult();
    }

    /** How many of them failed at least once. */
    public long failingCount() {
        return em.createQuery("SELECT COUNT(o) FROM OutboxEntry o WHERE o.attempts > 0", Long.class)
                .getSingleResult();
    }
}
