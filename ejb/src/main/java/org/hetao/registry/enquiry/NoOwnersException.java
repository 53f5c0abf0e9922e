package org.hetao.registry.enquiry;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The asset has no owners in force today, so no office could answer an enquiry. */
@ApplicationException(rollback = true)
public class NoOwnersException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public NoOwnersException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.NO_OWNERS;
    }
}
