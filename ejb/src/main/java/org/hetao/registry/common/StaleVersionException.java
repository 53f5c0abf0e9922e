package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;

/** An update named a version of a record that is no longer the current one. */
@ApplicationException(rollback = true)
public class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String kind, long id, long expected, long current) {
        super("The " + kind + " " + id + " has changed: you sent version " + expected + " but the current version is "
                + current + ". Read it again and reapply your change.");
    }

    public StaleVersionException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.VERSION_MISMATCH;
    }
}
