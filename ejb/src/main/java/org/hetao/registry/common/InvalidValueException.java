package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One or more fields hold values that break a domain rule. */
@ApplicationException(rollback = true)
public class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * A field (as a JSON pointer-like path, e.g. {@code shares[1].shareBp}), the stable code of the
     * rule it breaks (see {@link ErrorCode}), a plain English sentence, and the values a client needs
     * to phrase the error itself (e.g. {@code {"sum": 9999}}).
     */
    public record FieldError(String field, String code, String message, Map<String, Object> params) {
        public FieldError {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public FieldError(String field, ErrorCode code, String message, Map<String, ?> params) {
            this(field, code.code(), message, plain(params));
        }

        public FieldError(String field, ErrorCode code, String message) {
            this(field, code, message, Map.of());
        }

        /** The same error for a field nested under {@code prefix}, e.g. {@code options.} + {@code ownership.model}. */
        public FieldError under(String prefix) {
            return new FieldError(prefix + field, code, message, params);
        }

        /** Params as JSON-friendly values: numbers, booleans, strings and lists of them. */
        private static Map<String, Object> plain(Map<String, ?> params) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (params != null) {
                params.forEach((k, v) -> {
                    if (v != null) {
                        out.put(k, plainValue(v));
                    }
                });
            }
            return out;
        }

        private static Object plainValue(Object v) {
            if (v instanceof Number || v instanceof Boolean || v instanceof String) {
                return v;
            }
            if (v instanceof Collection<?> c) {
                return c.stream().map(FieldError::plainValue).toList();
            }
            if (v instanceof Object[] a) {
                return plainValue(List.of(a));
            }
            if (v instanceof Enum<?> e) {
                return e.name();
            }
            if (v instanceof TemporalAccessor) {
                return v.toString();
            }
            return String.valueOf(v);
        }
    }

    private final transient List<FieldError> errors;

    public InvalidValueException(String field, ErrorCode code, String message) {
        this(field, code, message, Map.of());
    }

    public InvalidValueException(String field, ErrorCode code, String message, Map<String, ?> params) {
        this(List.of(new FieldError(field, code, message, params)));
    }

    public InvalidValueException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "Invalid value"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_VALUE;
    }
}
