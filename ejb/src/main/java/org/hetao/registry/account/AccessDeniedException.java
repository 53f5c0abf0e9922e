package org.hetao.registry.account;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;

/** The caller is signed in but may not do this. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public org.hetao.registry.common.ErrorCode code() {
        return org.hetao.registry.common.ErrorCode.FORBIDDEN;
    }
}
