package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The proposal was decided already (approved, rejected or withdrawn); nothing can change it any more. */
@ApplicationException(rollback = true)
public class ProposalDecidedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ProposalDecidedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PROPOSAL_DECIDED;
    }
}
