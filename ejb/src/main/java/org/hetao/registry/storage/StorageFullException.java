package org.hetao.registry.storage;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RetryLater;
import org.hetao.registry.common.UnavailableException;

/**
 * A write was refused, or failed before it was stored, because a disk the registry writes to is
 * full or nearly so. Nothing of the request was stored; it may be sent again once space is freed.
 */
@ApplicationException(rollback = true)
public class StorageFullException extends UnavailableException implements RetryLater {
    private static final long serialVersionUID = 1L;
    /** The stable code of the answer. */
    public static final String CODE = ErrorCode.STORAGE_FULL.code();

    private static final long RETRY_AFTER_SECONDS = 30;

    public StorageFullException() {
        super("The registry's storage is full, so nothing was stored; an administrator must free disk space. "
                + "Send the request again later");
    }

    @Override
    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.STORAGE_FULL;
    }
}
