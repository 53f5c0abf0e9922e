package org.hetao.registry.ipasset;

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
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;

/** Stores and finds IP assets. */
@ApplicationScoped
public class IpAssetRepository {
    public static final Map<String, String> SORT_KEYS =
            Map.of("title", "title.en", "readinessLevel", "readinessLevel", "created", "createdAt", "id", "id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    RegistryClock clock;

    /** For the container. */
    public IpAssetRepository() {}

    /** A repository over a given entity manager (tests outside the container). */
    public IpAssetRepository(EntityManager em, RegistryClock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Optional<IpAsset> find(long id) {
        return Optional.ofNullable(em.find(IpAsset.class, id));
    }

    /** The IP status of each of these assets that exists, by id (one query). */
    public Map<Long, IpStatus> ipStatuses(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, IpStatus> statuses = new java.util.HashMap<>();
        em.createQuery("SELECT a FROM IpAsset a WHERE a.id IN :ids", IpAsset.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(a -> statuses.put(a.getId(), a.getIpStatus()));
        return statuses;
    }

    public IpAsset get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(IpAsset.KIND, id));
    }

    public IpAsset reference(String field, long id) {
        return find(id).orElseThrow(() -> new ReferenceNotFoundException(field, IpAsset.KIND, id));
    }

    public void add(IpAsset asset) {
        em.persist(asset);
    }

    public void remove(IpAsset asset) {
        em.remove(asset);
    }

    public void flush() {
        em.flush();
    }

    public Page<IpAsset> list(IpAssetFilter f, PageRequest page, ReadScope scope) {
        // filings and inventors are read with every asset
        return query(f, scope).fetchTogether("filings", "inventors").page(page, SORT_KEYS.get(page.sort()));
    }

    /** Of these assets, the ones a reader may see (with their filings), in id order. */
    public List<IpAsset> readable(Collection<Long> ids, ReadScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new ListQuery<>(em, IpAsset.class)
                .where(visibleTo(scope))
                .where((cb, r) -> r.get("id").in(ids))
                .fetchTogether("filings")
                .slice(0, ids.size());
    }

    /** The assets of the list a reader sees with these filters (a page of it, or all of it for an export). */
    public ListQuery<IpAsset> query(IpAssetFilter f, ReadScope scope) {
        ListQuery<IpAsset> q = new ListQuery<>(em, IpAsset.class)
                .where(visibleTo(scope))
                .containsText(f.text(), "title.en", "title.zhHant", "title.zhHans")
                .equal("projectId", f.projectId())
                .equal("type", f.type())
                .equal("licensing", f.licensing())
                .equal("confidentiality", f.confidentiality());
        if (f.minReadinessLevel() != null) {
            q.where((cb, r) -> cb.greaterThanOrEqualTo(r.get("readinessLevel"), f.minReadinessLevel()));
        }
        if (f.ownerInstitutionId() != null) {
            Set<Long> owned = ownedOn(f.ownerInstitutionId(), clock.today());
            q.where((cb, r) -> owned.isEmpty() ? cb.disjunction() : r.get("id").in(owned));
        }
        if (f.applicationNumber() != null && !f.applicationNumber().isBlank()) {
            q.where((cb, r) -> cb.equal(
                    r.join("filings").get("applicationNumber"),
                    f.applicationNumber().strip()));
        }
        return q;
    }

    /** The assets of which the institution owns a share on that date (in the version in force then). */
    public Set<Long> ownedOn(long institutionId, LocalDate date) {
        Map<Long, List<OwnershipVersion>> histories = new HashMap<>();
        em.createQuery(
                        "SELECT v FROM OwnershipVersion v WHERE v.effectiveFrom <= :d AND v.ipAssetId IN "
                                + "(SELECT w.ipAssetId FROM OwnershipVersion w JOIN w.shares s WHERE s.institutionId = :i)",
                        OwnershipVersion.class)
                .setParameter("d", date)
                .setParameter("i", institutionId)
                .getResultStream()
                .forEach(v -> histories
                        .computeIfAbsent(v.getIpAssetId(), a -> new ArrayList<>())
                        .add(v));
        Set<Long> owned = new HashSet<>();
        histories.forEach((asset, versions) -> new OwnershipTimeline(versions)
                .inForceOn(date)
                .filter(v -> v.getShares().stream().anyMatch(s -> s.getInstitutionId() == institutionId))
                .ifPresent(v -> owned.add(asset)));
        return owned;
    }

    /** The assets a reader may see ({@link AssetAccess}). */
    public static ListQuery.Filter<IpAsset> visibleTo(ReadScope scope) {
        return (cb, r, query) -> AssetAccess.readable(scope, cb, r, query);
    }
}
