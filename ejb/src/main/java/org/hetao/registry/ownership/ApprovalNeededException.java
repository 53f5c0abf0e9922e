package org.hetao.registry.ownership;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.account.AccessDeniedException;

/** A change of ownership that other institutions must approve was to be recorded directly (by an import): it must be proposed. */
@ApplicationException(rollback = true)
public class ApprovalNeededException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public ApprovalNeededException(String message) {
        super(message);
    }
}
