package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The proposal is based on an ownership version that is no longer the current one; it must be proposed again. */
@ApplicationException(rollback = true)
public class StaleBaseVersionException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public StaleBaseVersionException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.STALE_BASE_VERSION;
    }
}
