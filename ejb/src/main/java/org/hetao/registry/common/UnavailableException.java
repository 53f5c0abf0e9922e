package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;

/**
 * Something the server needs for the operation is missing from its installation (for example the
 * Chinese font for agreement PDFs). The request was fine; the message says what to install or set.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.UNAVAILABLE;
    }
}
