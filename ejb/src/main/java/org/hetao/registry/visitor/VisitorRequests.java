package org.hetao.registry.visitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hetao.registry.enquiry.Enquiry;

/** Stores visitors' enquiries awaiting confirmation, and finds them and visitors' enquiries by the hashes of their links. */
@ApplicationScoped
public class VisitorRequests {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public VisitorRequests() {}

    /** For tests outside the container. */
    VisitorRequests(EntityManager em) {
        this.em = em;
    }

    public void add(VisitorEnquiryRequest r) {
        em.persist(r);
        em.flush();
    }

    /** The request with this confirmation secret's hash, its row locked until the transaction ends (a link confirms once). */
    public Optional<VisitorEnquiryRequest> lockByTokenHash(String hash) {
        return em.createQuery(
                        "SELECT r FROM VisitorEnquiryRequest r WHERE r.tokenHash = :h", VisitorEnquiryRequest.class)
                .setParameter("h", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** How many enquiries this address asked for since {@code since}, and the oldest of those requests' time. */
    public Asked askedSince(String email, OffsetDateTime since) {
        Object[] row = em.createQuery(
                        "SELECT COUNT(r), MIN(r.createdAt) FROM VisitorEnquiryRequest r WHERE r.email = :e AND r.createdAt > :s",
                        Object[].class)
                .setParameter("e", email)
                .setParameter("s", since)
                .getSingleResult();
        return new Asked(((Number) row[0]).intValue(), (OffsetDateTime) row[1]);
    }

    /** The visitor's enquiry whose link secret has this hash (a revoked link finds nothing). */
    public Optional<Enquiry> enquiryByLinkHash(String hash, boolean lock) {
        var q = em.createQuery("SELECT e FROM Enquiry e WHERE e.visitorLinkHash = :h", Enquiry.class)
                .setParameter("h", hash);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst();
    }

    /** A count of requests and the time of the oldest of them (null when none). */
    public record Asked(int count, OffsetDateTime oldest) {}
}
