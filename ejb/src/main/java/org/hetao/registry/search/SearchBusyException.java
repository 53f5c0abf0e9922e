package org.hetao.registry.search;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;
import org.hetao.registry.common.UnavailableException;

/**
 * The search was stopped or not started for lack of capacity: it ran out of its time budget, or as
 * many expensive searches as allowed were already running. The request was valid; try again later.
 */
@ApplicationException(rollback = true)
public class SearchBusyException extends UnavailableException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public SearchBusyException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.SEARCH_UNAVAILABLE;
    }
}
