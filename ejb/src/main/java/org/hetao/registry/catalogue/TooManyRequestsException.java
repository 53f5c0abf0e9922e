package org.hetao.registry.catalogue;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;

/** A client asked too often (an address the public catalogue, an e-mail address for visitors' enquiries): try again after the given time. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends DomainException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Too many requests to the public catalogue from one address. */
    public static TooManyRequestsException perMinute(int perMinute, long retryAfterSeconds) {
        return new TooManyRequestsException(
                "Too many requests to the public catalogue from your address (at most " + perMinute
                        + " a minute); try again in " + retryAfterSeconds + " seconds",
                retryAfterSeconds);
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
