package org.hetao.registry.account;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.access.AuthenticationException;
import org.hetao.registry.common.ErrorCode;

/** Wrong username or password; already recorded in the audit trail as a failed sign-in. */
@ApplicationException(rollback = true)
public class SignInFailedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    public SignInFailedException() {
        super("Wrong username or password");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.SIGN_IN_FAILED;
    }
}
