package org.hetao.registry.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The whole history of each of these assets, oldest version first; an asset without owners is left out. */
    public Map<Long, List<OwnershipVersion>> histories(Collection<Long> ipAssetIds) {
        if (ipAssetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<OwnershipVersion>> result = new HashMap<>();
        em.createQuery("SELECT v FROM OwnershipVersion v WHERE v.ipAssetId IN :a ORDER BY v.ipAssetId, v.versionNo", OwnershipVersion.class)
                .setParameter("a", ipAssetIds).getResultStream()
                .forEach(v -> result.computeIfAbsent(v.getIpAssetId(), a -> new ArrayList<>()).add(v));
        return result;
    }

    /** Every institution that owns or ever owned a share of the asset. */
    public Set<Long> everOwners(long ipAssetId) {
        return everOwners(em, ipAssetId);
    }

    /** The same, for code that holds its own entity manager (an import run). */
    public static Set<Long> everOwners(EntityManager em, long ipAssetId) {
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
