package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;

/** A request body longer than the most the registry reads for that request. */
@ApplicationException(rollback = true)
public class RequestTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes, the most this request may send; "
                + "send less (bulk data goes through POST /api/imports)");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PAYLOAD_TOO_LARGE;
    }
}
