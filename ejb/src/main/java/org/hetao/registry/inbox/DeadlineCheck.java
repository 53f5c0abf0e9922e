package org.hetao.registry.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalService;
import org.hetao.registry.proposal.ProposalState;

/** The transactions of one deadline check: which open proposals are near or past their expiry, and each one's step. */
@Stateless
public class DeadlineCheck {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    ProposalService proposals;

    @Inject
    InboxWriter writer;

    public DeadlineCheck() {}

    /** A check on this entity manager, for its queries outside the container. */
    DeadlineCheck(EntityManager em) {
        this.em = em;
    }

    /**
     * Open proposals past their expiry, and those that expire before {@code until} whose offices were
     * not told yet (no PROPOSAL_EXPIRING item: an office still to approve is told once), oldest
     * expiry first (at most {@code limit}).
     */
    public List<Long> due(OffsetDateTime now, OffsetDateTime until, int limit) {
        return em.createQuery(
                        "SELECT p.id FROM OwnershipProposal p WHERE p.state = :s AND p.expiresAt <= :until AND (p.expiresAt <= :now OR NOT EXISTS "
                                + "(SELECT i FROM InboxItem i WHERE i.kind = :warned AND i.subjectKind = :sk AND i.subjectId = p.id)) ORDER BY p.expiresAt, p.id",
                        Long.class)
                .setParameter("s", ProposalState.OPEN)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("warned", InboxKind.PROPOSAL_EXPIRING)
                .setParameter("sk", InboxKind.PROPOSAL_EXPIRING.subjectKind())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Stores the expiry of a proposal past its date (telling its offices); false if it is not due or was decided meanwhile. */
    public boolean expire(long proposalId) {
        return proposals.expireIfDue(proposalId);
    }

    /** Tells the offices still to approve an open, unexpired proposal that it expires soon, once each; returns how many were told. */
    public int warn(long proposalId, OffsetDateTime now) {
        OwnershipProposal p = em.find(OwnershipProposal.class, proposalId);
        if (p == null || p.stateAt(now) != ProposalState.OPEN) {
            return 0;
        }
        return writer.expiring(p);
    }
}
