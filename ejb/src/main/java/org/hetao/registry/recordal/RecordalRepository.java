package org.hetao.registry.recordal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.ownership.OwnershipVersion;

/** Stores and finds recordals, the ownership versions they record, and the warnings sent about them. */
@ApplicationScoped
public class RecordalRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public RecordalRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    public RecordalRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Recordal> find(long id) {
        return Optional.ofNullable(em.find(Recordal.class, id));
    }

    public Recordal get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Recordal.KIND, id));
    }

    public void add(Recordal recordal) {
        em.persist(recordal);
    }

    public void remove(Recordal recordal) {
        em.remove(recordal);
    }

    public void flush() {
        em.flush();
    }

    /** The recordals of an asset (of its ownership versions and its agreements), by effective date. */
    public List<Recordal> ofAsset(long ipAssetId) {
        return em.createQuery(
                        "SELECT r FROM Recordal r WHERE r.ipAssetId = :a ORDER BY r.effectiveDate, r.id",
                        Recordal.class)
                .setParameter("a", ipAssetId)
                .getResultList();
    }

    /** The recordals of one ownership version or agreement. */
    public List<Recordal> of(RecordalSubject kind, long subjectId) {
        return em.createQuery(
                        "SELECT r FROM Recordal r WHERE r.subjectKind = :k AND r.subjectId = :s ORDER BY r.effectiveDate, r.id",
                        Recordal.class)
                .setParameter("k", kind)
                .setParameter("s", subjectId)
                .getResultList();
    }

    public Optional<OwnershipVersion> ownershipVersion(long id) {
        return Optional.ofNullable(em.find(OwnershipVersion.class, id));
    }

    /**
     * The institutions party to an ownership version's transaction: its owners and those of the
     * version before it (who assigned their shares).
     */
    public Set<Long> parties(OwnershipVersion v) {
        Set<Long> parties = new HashSet<>(v.owners());
        em.createQuery(
                        "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a AND v.versionNo = :n",
                        OwnershipVersion.class)
                .setParameter("a", v.getIpAssetId())
                .setParameter("n", v.getVersionNo() - 1)
                .getResultStream()
                .findFirst()
                .ifPresent(before -> parties.addAll(before.owners()));
        return parties;
    }

    /** Recordals not yet RECORDED, oldest effective date first, at most {@code limit} after id {@code after}. */
    public List<Recordal> open(long after, int limit) {
        return em.createQuery(
                        "SELECT r FROM Recordal r WHERE r.status <> :recorded AND r.id > :after ORDER BY r.id",
                        Recordal.class)
                .setParameter("recorded", RecordalStatus.RECORDED)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether the parties' offices were told of this rule's warning about the recordal. */
    public boolean warned(long recordalId, String code) {
        return em.find(RecordalWarningSent.class, new RecordalWarningSent.Key(recordalId, code)) != null;
    }

    public void add(RecordalWarningSent sent) {
        em.persist(sent);
    }
}
