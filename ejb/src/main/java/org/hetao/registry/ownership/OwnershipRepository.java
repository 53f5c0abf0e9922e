package org.hetao.registry.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Stores and finds ownership versions. */
@ApplicationScoped
public class OwnershipRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Newest first. */
    public List<OwnershipVersion> history(long ipAssetId) {
        return em.createQuery("SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo DESC", OwnershipVersion.class)
                .setParameter("a", ipAssetId).getResultList();
    }

    public Optional<OwnershipVersion> current(long ipAssetId) {
        return em.createQuery("SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo DESC", OwnershipVersion.class)
                .setParameter("a", ipAssetId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every institution that owns or ever owned a share of the asset. */
    public Set<Long> everOwners(long ipAssetId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT s.institutionId FROM OwnershipVersion v JOIN v.shares s WHERE v.ipAssetId = :a", Long.class)
                .setParameter("a", ipAssetId).getResultList());
    }

    public void add(OwnershipVersion version) {
        em.persist(version);
    }

    public void flush() {
        em.flush();
    }
}
