package org.hetao.registry.enquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds enquiries. */
@ApplicationScoped
public class EnquiryRepository {
    /** The most enquiries one list returns. */
    public static final int LIST_LIMIT = 200;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public EnquiryRepository() {}

    /** For tests outside the container. */
    public EnquiryRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Enquiry> find(long id) {
        return Optional.ofNullable(em.find(Enquiry.class, id));
    }

    /** The enquiry, its row locked until the transaction ends: status changes of one enquiry take turns. */
    public Optional<Enquiry> lock(long id) {
        return Optional.ofNullable(em.find(Enquiry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Enquiry e) {
        em.persist(e);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** When the investor last read each of these enquiries (absent: never). */
    public java.util.Map<Long, OffsetDateTime> readAt(Collection<Long> enquiryIds) {
        if (enquiryIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT r FROM EnquiryRead r WHERE r.enquiryId IN :e", EnquiryRead.class)
                .setParameter("e", enquiryIds)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(EnquiryRead::getEnquiryId, EnquiryRead::getReadAt));
    }

    /** The investor read the enquiry's thread at {@code at}. */
    public void markRead(long enquiryId, OffsetDateTime at) {
        EnquiryRead r = em.find(EnquiryRead.class, enquiryId);
        if (r == null) {
            em.persist(new EnquiryRead(enquiryId, at));
        } else {
            r.read(at);
        }
    }

    /** The investor's own enquiries, last updated first. */
    public List<Enquiry> ofInvestor(long accountId) {
        return em.createQuery(
                        "SELECT e FROM Enquiry e WHERE e.investorAccountId = :a ORDER BY e.updatedAt DESC, e.id DESC",
                        Enquiry.class)
                .setParameter("a", accountId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** Enquiries about these assets, last updated first. */
    public List<Enquiry> ofAssets(Collection<Long> ipAssetIds, int limit) {
        if (ipAssetIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT e FROM Enquiry e WHERE e.ipAssetId IN :a ORDER BY e.updatedAt DESC, e.id DESC",
                        Enquiry.class)
                .setParameter("a", ipAssetIds)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every enquiry, last updated first. */
    public List<Enquiry> all(int limit) {
        return em.createQuery("SELECT e FROM Enquiry e ORDER BY e.updatedAt DESC, e.id DESC", Enquiry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The assets that have enquiries. */
    public List<Long> enquiredAssets() {
        return em.createQuery("SELECT DISTINCT e.ipAssetId FROM Enquiry e", Long.class)
                .getResultList();
    }
}
