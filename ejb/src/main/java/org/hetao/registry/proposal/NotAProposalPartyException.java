package org.hetao.registry.proposal;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.access.AccessDeniedException;

/** The caller's institution is not one whose approval the proposal needs, or the caller may not act on the proposal. */
@ApplicationException(rollback = true)
public class NotAProposalPartyException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public NotAProposalPartyException(String message) {
        super(message);
    }
}
