package org.hetao.registry.account;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;

/** Too many failed sign-ins for an account or from an address: try again after the given time. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends DomainException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("Too many failed sign-in attempts; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.RATE_LIMITED;
    }
}
