package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;

/** The request conflicts with existing data (a duplicate code, a record still in use). */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFLICT;
    }
}
