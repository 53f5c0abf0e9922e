package org.hetao.registry.enquiry;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;

/** The asset has no owners in force today, so no office could answer an enquiry. */
@ApplicationException(rollback = true)
public class NoOwnersException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public NoOwnersException(String message) {
        super(message);
    }

    @Override
    public org.hetao.registry.common.ErrorCode code() {
        return org.hetao.registry.common.ErrorCode.NO_OWNERS;
    }
}
