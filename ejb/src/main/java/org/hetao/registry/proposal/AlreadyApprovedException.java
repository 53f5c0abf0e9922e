package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;

/** The institution has approved the proposal already. */
@ApplicationException(rollback = true)
public class AlreadyApprovedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public AlreadyApprovedException(String message) {
        super(message);
    }

    @Override
    public org.hetao.registry.common.ErrorCode code() {
        return org.hetao.registry.common.ErrorCode.ALREADY_APPROVED;
    }
}
