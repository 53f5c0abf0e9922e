package org.hetao.registry.account;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;

/** No valid credentials or token came with the request. */
@ApplicationException(rollback = true)
public class AuthenticationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    @Override
    public org.hetao.registry.common.ErrorCode code() {
        return org.hetao.registry.common.ErrorCode.UNAUTHENTICATED;
    }
}
