package org.hetao.registry.enquiry;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/** The enquiry cannot take this step from its current status (it is final, or the step goes backwards). */
@ApplicationException(rollback = true)
public class EnquiryClosedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public EnquiryClosedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ENQUIRY_CLOSED;
    }
}
