package org.hetao.registry.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Stores and finds ownership proposals. */
@ApplicationScoped
public class ProposalRepository {
    /** The most proposals one list returns. */
    public static final int LIST_LIMIT = 200;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<OwnershipProposal> find(long id) {
        return Optional.ofNullable(em.find(OwnershipProposal.class, id));
    }

    /** The proposal, its row locked until the transaction ends: deciders of one proposal take turns. */
    public Optional<OwnershipProposal> lock(long id) {
        return lock(em, id);
    }

    /**
     * {@code SELECT … FOR UPDATE} of the proposal's row. Whoever holds it decides alone; the next
     * decider waits for the commit and then reads the proposal as decided, so concurrent approvals,
     * rejections and withdrawals come to exactly one outcome.
     */
    public static Optional<OwnershipProposal> lock(EntityManager em, long id) {
        return Optional.ofNullable(em.find(OwnershipProposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every proposal about the asset, newest first. */
    public List<OwnershipProposal> ofAsset(long ipAssetId) {
        return em.createQuery(
                        "SELECT p FROM OwnershipProposal p WHERE p.ipAssetId = :a ORDER BY p.proposedAt DESC, p.id DESC",
                        OwnershipProposal.class)
                .setParameter("a", ipAssetId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** The asset's open proposal (stored as OPEN, expired or not). */
    public Optional<OwnershipProposal> open(long ipAssetId) {
        return open(em, ipAssetId);
    }

    public static Optional<OwnershipProposal> open(EntityManager em, long ipAssetId) {
        return em.createQuery(
                        "SELECT p FROM OwnershipProposal p WHERE p.ipAssetId = :a AND p.state = :s",
                        OwnershipProposal.class)
                .setParameter("a", ipAssetId)
                .setParameter("s", ProposalState.OPEN)
                .getResultStream()
                .findFirst();
    }

    /** Open, unexpired proposals awaiting the approval of the institution (null: of anyone), oldest first. */
    public List<OwnershipProposal> awaiting(Long institutionId, OffsetDateTime now) {
        String jpql =
                "SELECT DISTINCT p FROM OwnershipProposal p JOIN p.approvals a WHERE p.state = :s AND p.expiresAt > :now AND a.approvedAt IS NULL"
                        + (institutionId == null ? "" : " AND a.institutionId = :i") + " ORDER BY p.proposedAt, p.id";
        var q = em.createQuery(jpql, OwnershipProposal.class)
                .setParameter("s", ProposalState.OPEN)
                .setParameter("now", now);
        if (institutionId != null) {
            q.setParameter("i", institutionId);
        }
        return q.setMaxResults(LIST_LIMIT).getResultList();
    }

    /** Stores a new proposal; a second open proposal of the same asset, committed concurrently, fails the unique constraint. */
    public void add(OwnershipProposal proposal) {
        em.persist(proposal);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new OpenProposalExistsException("IP asset " + proposal.getIpAssetId()
                    + " got another open ownership proposal at the same time; read its proposals again");
        }
    }

    public void flush() {
        em.flush();
    }
}
