package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The asset has an open ownership proposal already; at most one may be open at a time. */
@ApplicationException(rollback = true)
public class OpenProposalExistsException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public OpenProposalExistsException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.OPEN_PROPOSAL_EXISTS;
    }
}
