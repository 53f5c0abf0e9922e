package org.hetao.registry.account;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;

/** Too many failed sign-ins for an account or from an address: try again after the given time. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("Too many failed sign-in attempts; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
