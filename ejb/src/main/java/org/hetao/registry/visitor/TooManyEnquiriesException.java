package org.hetao.registry.visitor;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;

/** An e-mail address asked for more enquiries in 24 hours than a visitor may (429). */
@ApplicationException(rollback = true)
public class TooManyEnquiriesException extends DomainException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyEnquiriesException(int perDay, long retryAfterSeconds) {
        super("This e-mail address has asked for " + perDay + " enquiries in the last 24 hours, the most a visitor may; try again in "
                + Math.max(1, retryAfterSeconds / 3600) + " hour(s), or sign in as an investor");
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
