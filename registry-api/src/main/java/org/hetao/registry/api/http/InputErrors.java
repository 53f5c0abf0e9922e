package org.hetao.registry.api.http;

import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * The one place that builds the entry of a problem's {@code errors} for a bad input: the field or
 * parameter, a stable code (for example {@code json.type} or {@code param.integer}), a message a person
 * can act on, and the code's parameters (for example {@code expected}, {@code allowed}, {@code min}).
 */
public final class InputErrors {
    private InputErrors() {
    }

    public static FieldError field(String field, String code, String message, Map<String, Object> params) {
        ErrorCode stable = ErrorCode.of(code)
                .orElseThrow(() -> new IllegalArgumentException("Not a code of the catalogue in ErrorCode: " + code));
        return new FieldError(field, stable, message, params);
    }

    public static FieldError field(String field, String code, String message) {
        return field(field, code, message, Map.of());
    }
}
