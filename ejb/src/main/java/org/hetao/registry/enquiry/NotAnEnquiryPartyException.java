package org.hetao.registry.enquiry;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.access.AccessDeniedException;

/** The caller may read the enquiry but not take this step (an investor declining, an office withdrawing). */
@ApplicationException(rollback = true)
public class NotAnEnquiryPartyException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public NotAnEnquiryPartyException(String message) {
        super(message);
    }
}
