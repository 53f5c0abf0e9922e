package org.hetao.registry.boundary;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The transfer's status does not allow the step (or the party already took it). */
@ApplicationException(rollback = true)
public class TransferStatusException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public TransferStatusException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
