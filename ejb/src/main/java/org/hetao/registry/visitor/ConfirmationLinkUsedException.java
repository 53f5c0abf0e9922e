package org.hetao.registry.visitor;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;

/** A confirmation link was already used, or has expired: it confirms nothing any more (410). */
@ApplicationException(rollback = true)
public class ConfirmationLinkUsedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConfirmationLinkUsedException(String message) {
        super(message);
    }
}
