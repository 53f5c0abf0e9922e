package org.hetao.registry.proposal;

import java.util.Optional;
import org.hetao.registry.ownership.Ownership;

/**
 * What became of a proposed change: it took effect at once ({@code proposal} empty, or stored as
 * APPROVED when a record of it was asked for), or it awaits approvals ({@code proposal} OPEN).
 */
public record Submission(Ownership ownership, Optional<OwnershipProposal> proposal) {
    public boolean tookEffect() {
        return proposal.map(p -> p.getState() == ProposalState.APPROVED).orElse(true);
    }
}
