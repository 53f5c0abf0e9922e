package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Stores and finds agreement revisions and the PDFs of issued ones. */
@ApplicationScoped
public class AgreementRepository {
    public static final Map<String, String> SORT_KEYS = Map.of("created", "createdAt", "id", "id", "status", "status");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    public Agreement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Agreement.KIND, id));
    }

    /** Stores a new revision; a first revision's series takes its id. */
    public void add(Agreement agreement) {
        em.persist(agreement);
        agreement.startSeries();
    }

    public void addPdf(IssuedPdf pdf) {
        em.persist(pdf);
    }

    public void addSignedCopy(SignedCopy copy) {
        em.persist(copy);
    }

    public Optional<SignedCopy> signedCopy(long agreementId) {
        return Optional.ofNullable(em.find(SignedCopy.class, agreementId));
    }

    /** Removes a draft (its parties go with it). */
    public void remove(Agreement draft) {
        em.remove(draft);
    }

    /** The revisions about an asset that are drafts, issued or signed, newest first. */
    public List<Agreement> liveAbout(long ipAssetId) {
        return em.createQuery(
                        "SELECT a FROM Agreement a WHERE a.ipAssetId = :asset AND a.status <> :superseded ORDER BY a.id DESC",
                        Agreement.class)
                .setParameter("asset", ipAssetId)
                .setParameter("superseded", AgreementStatus.SUPERSEDED)
                .getResultList();
    }

    public Optional<IssuedPdf> pdf(long agreementId) {
        return Optional.ofNullable(em.find(IssuedPdf.class, agreementId));
    }

    /** The revisions of an asset, not yet superseded or flagged, that were made from an ownership version other than {@code versionNo}. */
    public List<Agreement> madeFromOtherOwnership(long ipAssetId, int versionNo) {
        return em.createQuery(
                        "SELECT a FROM Agreement a WHERE a.ipAssetId = :asset AND a.ownershipVersionNo <> :v "
                                + "AND a.outOfDate = FALSE AND a.status <> :superseded ORDER BY a.id",
                        Agreement.class)
                .setParameter("asset", ipAssetId)
                .setParameter("v", versionNo)
                .setParameter("superseded", AgreementStatus.SUPERSEDED)
                .getResultList();
    }

    public Page<Agreement> list(AgreementFilter f, PageRequest page, ReadScope scope) {
        ListQuery<Agreement> q = new ListQuery<>(em, Agreement.class)
                .equal("ipAssetId", f.ipAssetId())
                .equal("status", f.status())
                .equal("outOfDate", f.outOfDate());
        if (!scope.everything()) {
            Long institution = scope.investor() ? null : scope.institutionId();
            q.where((cb, r, query) -> {
                if (institution == null) {
                    return cb.disjunction();
                }
                Subquery<Long> party = query.subquery(Long.class);
                Root<Agreement> a = party.from(Agreement.class);
                party.select(a.get("id")).where(cb.equal(a.join("parties").get("institutionId"), institution));
                return r.get("id").in(party);
            });
        }
        return q.page(page, SORT_KEYS.get(page.sort()));
    }

    public void flush() {
        em.flush();
    }
}
