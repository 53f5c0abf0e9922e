package org.hetao.registry.visitor;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;

/** A confirmation link was already used, or has expired: it confirms nothing any more (410). */
@ApplicationException(rollback = true)
public class ConfirmationLinkUsedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConfirmationLinkUsedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFIRMATION_LINK_USED;
    }
}
