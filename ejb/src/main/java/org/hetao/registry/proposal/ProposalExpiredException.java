package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;

/** The proposal was not decided in time and has expired; it must be proposed again. */
@ApplicationException(rollback = true)
public class ProposalExpiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ProposalExpiredException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PROPOSAL_EXPIRED;
    }
}
