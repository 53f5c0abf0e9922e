package org.hetao.registry.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Stores inbox items and accounts' read marks, and lists an office's items (newest first). */
@ApplicationScoped
public class InboxRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public InboxRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    InboxRepository(EntityManager em) {
        this.em = em;
    }

    public void add(InboxItem item) {
        em.persist(item);
    }

    public Optional<InboxItem> find(long id) {
        return Optional.ofNullable(em.find(InboxItem.class, id));
    }

    /** One item of the list and whether the account has read it. */
    public record Entry(InboxItem item, boolean read) {}

    /** The items of an institution's office (null: of every office), newest first; {@code unreadOnly}: those the account has not read. */
    public Page<Entry> page(Long institutionId, long accountId, boolean unreadOnly, PageRequest page) {
        String where = where(institutionId, unreadOnly);
        TypedQuery<InboxItem> q = em.createQuery(
                "SELECT i FROM InboxItem i" + where + " ORDER BY i.createdAt DESC, i.id DESC", InboxItem.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM InboxItem i" + where, Long.class);
        bind(q, institutionId, unreadOnly, accountId);
        bind(count, institutionId, unreadOnly, accountId);
        List<InboxItem> items =
                q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Set<Long> read = items.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery(
                                "SELECT r.itemId FROM InboxRead r WHERE r.accountId = :a AND r.itemId IN :ids",
                                Long.class)
                        .setParameter("a", accountId)
                        .setParameter(
                                "ids", items.stream().map(InboxItem::getId).toList())
                        .getResultList());
        return new Page<>(
                items.stream().map(i -> new Entry(i, read.contains(i.getId()))).toList(),
                count.getSingleResult(),
                page.page(),
                page.size());
    }

    /** How many items of the institution's office (null: of every office) the account has not read. */
    public long unread(Long institutionId, long accountId) {
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(i) FROM InboxItem i" + where(institutionId, true), Long.class);
        bind(count, institutionId, true, accountId);
        return count.getSingleResult();
    }

    /** Marks the item read by the account; false if it was read already. */
    public boolean markRead(long itemId, long accountId, OffsetDateTime now) {
        if (em.find(InboxRead.class, new InboxRead.Key(itemId, accountId)) != null) {
            return false;
        }
        em.persist(new InboxRead(itemId, accountId, now));
        return true;
    }

    /** Marks every item of the institution's office (null: of every office) read by the account; returns how many were unread. */
    public int markAllRead(Long institutionId, long accountId, OffsetDateTime now) {
        TypedQuery<Long> q = em.createQuery("SELECT i.id FROM InboxItem i" + where(institutionId, true), Long.class);
        bind(q, institutionId, true, accountId);
        List<Long> unread = q.getResultList();
        unread.forEach(id -> em.persist(new InboxRead(id, accountId, now)));
        return unread.size();
    }

    /** Whether an item of this kind about this record was written for the institution already. */
    public boolean exists(long institutionId, InboxKind kind, long subjectId) {
        return !em.createQuery(
                        "SELECT i.id FROM InboxItem i WHERE i.institutionId = :inst AND i.kind = :k AND i.subjectKind = :sk AND i.subjectId = :s",
                        Long.class)
                .setParameter("inst", institutionId)
                .setParameter("k", kind)
                .setParameter("sk", kind.subjectKind())
                .setParameter("s", subjectId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void flush() {
        em.flush();
    }

    private static String where(Long institutionId, boolean unreadOnly) {
        String inst = institutionId == null ? null : "i.institutionId = :inst";
        String unread = unreadOnly
                ? "NOT EXISTS (SELECT r FROM InboxRead r WHERE r.itemId = i.id AND r.accountId = :acc)"
                : null;
        if (inst == null && unread == null) {
            return "";
        }
        return " WHERE " + (inst == null ? unread : unread == null ? inst : inst + " AND " + unread);
    }

    private static void bind(TypedQuery<?> q, Long institutionId, boolean unreadOnly, long accountId) {
        if (institutionId != null) {
            q.setParameter("inst", institutionId);
        }
        if (unreadOnly) {
            q.setParameter("acc", accountId);
        }
    }
}
