package org.hetao.registry.api.http;

import java.util.List;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * An RFC 9457 problem details body. {@code errors} lists the offending fields of a validation
 * failure; {@code incidentId} names the log entry of an unexpected failure; {@code code} is a stable,
 * machine-readable name for failures a client may wait out and retry (for example
 * {@code database-unavailable}).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String incidentId, String code) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, String incidentId) {
        this(type, title, status, detail, instance, errors, incidentId, null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, incidentId, code);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, code);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, incidentId, code);
    }

    public Problem withCode(String stableCode) {
        return new Problem(type, title, status, detail, instance, errors, incidentId, stableCode);
    }
}
