package org.hetao.registry.transfer.imports;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.ErrorCode;

/** An upload is larger than the registry accepts. */
@ApplicationException(rollback = true)
public class UploadTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(long limit) {
        super("The file is larger than " + limit + " bytes (" + limit / (1024 * 1024)
                + " MB), the most one upload may hold; " + "split it into smaller files");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.UPLOAD_TOO_LARGE;
    }
}
