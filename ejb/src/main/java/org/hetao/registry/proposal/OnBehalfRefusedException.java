package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.access.AccessDeniedException;

/** An approval on behalf of an institution that has an office account of its own: its office approves. */
@ApplicationException(rollback = true)
public class OnBehalfRefusedException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public OnBehalfRefusedException(String message) {
        super(message);
    }
}
