package org.hetao.registry.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.RegistryClock;

/** Stores and finds ownership versions. */
@ApplicationScoped
public class OwnershipRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    RegistryClock clock;

    /** For the container. */
    public OwnershipRepository() {}

    /** A repository over a given entity manager (tests outside the container). */
    public OwnershipRepository(EntityManager em, RegistryClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Every version of the asset, on the calendar. */
    public OwnershipTimeline timeline(long ipAssetId) {
        return timeline(em, ipAssetId);
    }

    /** The same, for code that holds its own entity manager (an import run). */
    public static OwnershipTimeline timeline(EntityManager em, long ipAssetId) {
        return new OwnershipTimeline(
                em.createQuery("SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a", OwnershipVersion.class)
                        .setParameter("a", ipAssetId)
                        .getResultList());
    }

    /** The asset's ownership as of today. */
    public Ownership ownership(long ipAssetId) {
        return new Ownership(ipAssetId, clock.today(), timeline(ipAssetId));
    }

    /** The version in force today ({@link OwnershipTimeline}); none before the first takes effect. */
    public Optional<OwnershipVersion> current(long ipAssetId) {
        return timeline(ipAssetId).inForceOn(clock.today());
    }

    /** The version recorded last, which a change is based on. */
    public Optional<OwnershipVersion> latest(long ipAssetId) {
        return latest(em, ipAssetId);
    }

    /** The same, for code that holds its own entity manager (an import run). */
    public static Optional<OwnershipVersion> latest(EntityManager em, long ipAssetId) {
        return em.createQuery(
                        "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo DESC",
                        OwnershipVersion.class)
                .setParameter("a", ipAssetId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The assets with a version whose effective date is {@code today} or earlier and was not acted on yet, in id order. */
    public List<Long> assetsWithDateReached(LocalDate today) {
        return em.createQuery(
                        "SELECT DISTINCT v.ipAssetId FROM OwnershipVersion v WHERE v.dateReachedAt IS NULL AND v.effectiveFrom <= :d "
                                + "ORDER BY v.ipAssetId",
                        Long.class)
                .setParameter("d", today)
                .getResultList();
    }

    /** The whole history of each of these assets, oldest version first; an asset without owners is left out. */
    public Map<Long, List<OwnershipVersion>> histories(Collection<Long> ipAssetIds) {
        if (ipAssetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<OwnershipVersion>> result = new HashMap<>();
        em.createQuery(
                        "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId IN :a ORDER BY v.ipAssetId, v.versionNo",
                        OwnershipVersion.class)
                .setParameter("a", ipAssetIds)
                .getResultStream()
                .forEach(v -> result.computeIfAbsent(v.getIpAssetId(), a -> new ArrayList<>())
                        .add(v));
        return result;
    }

    /** Every institution that owns or ever owned a share of the asset. */
    public Set<Long> everOwners(long ipAssetId) {
        return everOwners(em, ipAssetId);
    }

    /** The same, for code that holds its own entity manager (an import run). */
    public static Set<Long> everOwners(EntityManager em, long ipAssetId) {
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT s.institutionId FROM OwnershipVersion v JOIN v.shares s WHERE v.ipAssetId = :a",
                        Long.class)
                .setParameter("a", ipAssetId)
                .getResultList());
    }

    public void add(OwnershipVersion version) {
        em.persist(version);
    }

    public void flush() {
        em.flush();
    }
}
