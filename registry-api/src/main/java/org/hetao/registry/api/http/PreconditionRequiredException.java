package org.hetao.registry.api.http;

/** An update came without the If-Match header that names the version it changes. */
public class PreconditionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException() {
        super(
                "Send If-Match with the ETag of the version you read (GET the record first); updates without it are refused so no change is lost");
    }
}
