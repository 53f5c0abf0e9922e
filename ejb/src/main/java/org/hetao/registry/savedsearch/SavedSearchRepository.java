package org.hetao.registry.savedsearch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores saved searches and finds them by owner or by the hash of their feed secret. */
@ApplicationScoped
public class SavedSearchRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public SavedSearchRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    SavedSearchRepository(EntityManager em) {
        this.em = em;
    }

    public void add(SavedSearch s) {
        em.persist(s);
    }

    public void remove(SavedSearch s) {
        em.remove(s);
    }

    public void flush() {
        em.flush();
    }

    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    /** The account's saved searches, oldest first. */
    public List<SavedSearch> ofAccount(long accountId) {
        return em.createQuery("SELECT s FROM SavedSearch s WHERE s.accountId = :a ORDER BY s.id", SavedSearch.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    public long countOfAccount(long accountId) {
        return em.createQuery("SELECT COUNT(s) FROM SavedSearch s WHERE s.accountId = :a", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    public Optional<SavedSearch> findByFeedTokenHash(String hash) {
        return em.createQuery("SELECT s FROM SavedSearch s WHERE s.feedTokenHash = :h", SavedSearch.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    /** The creation and last update time of a record of a searchable kind, if it (still) exists. */
    public <T> Optional<T> record(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    EntityManager em() {
        return em;
    }
}
