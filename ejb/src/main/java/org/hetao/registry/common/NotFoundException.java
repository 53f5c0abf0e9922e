package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or is not of the kind asked for. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, long id) {
        super("No " + kind + " with id " + id);
    }

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.NOT_FOUND;
    }
}
