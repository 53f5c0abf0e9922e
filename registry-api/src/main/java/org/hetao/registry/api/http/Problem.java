package org.hetao.registry.api.http;

import java.util.List;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * An RFC 9457 problem details body. {@code errors} lists the offending fields of a validation
 * failure, each with its own stable {@code code} and {@code params}; {@code incidentId} names the log
 * entry of an unexpected failure; {@code code} is the stable, machine-readable name of the kind of
 * failure (see {@link ErrorCode}, e.g. {@code version-mismatch} or {@code database-unavailable}), the
 * one thing clients branch on and phrase; {@code conflictsWith} links the record a conflict is with,
 * only when the caller may read it.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String incidentId,
        String code,
        String conflictsWith) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            List<FieldError> errors,
            String incidentId) {
        this(type, title, status, detail, instance, errors, incidentId, null, null);
    }

    /** A problem with the general code of its status (e.g. {@code not-found} for 404); {@link #withCode} names a narrower one. */
    public static Problem of(int status, String title, String detail) {
        return new Problem(
                "about:blank",
                title,
                status,
                detail,
                null,
                null,
                null,
                codeOf(status).code(),
                null);
    }

    /** The general code of a status, for failures that have no narrower one. */
    static ErrorCode codeOf(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404, 410 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 412 -> ErrorCode.VERSION_MISMATCH;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ErrorCode.INVALID_VALUE;
            case 428 -> ErrorCode.PRECONDITION_REQUIRED;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
        };
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, incidentId, code, conflictsWith);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, code, conflictsWith);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, incidentId, code, conflictsWith);
    }

    public Problem withCode(ErrorCode stableCode) {
        return withCode(stableCode.code());
    }

    public Problem withCode(String stableCode) {
        return new Problem(type, title, status, detail, instance, errors, incidentId, stableCode, conflictsWith);
    }

    public Problem withConflictsWith(String path) {
        return new Problem(type, title, status, detail, instance, errors, incidentId, code, path);
    }
}
