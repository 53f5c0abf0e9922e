package org.hetao.registry.catalogue;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;

/** A client address asked the public catalogue too often: try again after the given time. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends DomainException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(int perMinute, long retryAfterSeconds) {
        super("Too many requests to the public catalogue from your address (at most " + perMinute + " a minute); try again in "
                + retryAfterSeconds + " seconds");
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
