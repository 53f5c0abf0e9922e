package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The institution has approved the proposal already. */
@ApplicationException(rollback = true)
public class AlreadyApprovedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public AlreadyApprovedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ALREADY_APPROVED;
    }
}
