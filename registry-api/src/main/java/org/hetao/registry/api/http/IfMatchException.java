package org.hetao.registry.api.http;

/** An If-Match header that cannot match (412) or is not an If-Match header at all (400). */
public class IfMatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public IfMatchException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    Problem problem() {
        return Problem.of(status, Problems.title(status), getMessage()).withCode(code);
    }
}
