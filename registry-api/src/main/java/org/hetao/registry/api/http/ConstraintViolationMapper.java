package org.hetao.registry.api.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Bean Validation failures of a request: 400 with every offending field, each with the code of its
 * constraint ({@code required}, {@code length}, {@code range}, …), the constraint's limits as params and
 * a plain sentence instead of the validator's default wording.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::error)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        String detail = "The request has invalid values: " + errors.stream()
                .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return Problems.response(new Problem("about:blank", "Invalid request", 400, detail, null, errors, null)
                .withCode(ErrorCode.INVALID_VALUE));
    }

    /** One violation as a field error with the code and params of its constraint. */
    static FieldError error(ConstraintViolation<?> v) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        String type = d.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> a = d.getAttributes();
        Map<String, Object> params = new LinkedHashMap<>();
        ErrorCode code;
        String message;
        switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" -> {
                code = ErrorCode.REQUIRED;
                message = "is required";
            }
            case "Size", "Length" -> {
                boolean text = v.getInvalidValue() == null || v.getInvalidValue() instanceof CharSequence;
                code = text ? ErrorCode.LENGTH : ErrorCode.COUNT;
                int min = ((Number) a.get("min")).intValue();
                int max = ((Number) a.get("max")).intValue();
                if (min > 0) {
                    params.put("min", min);
                }
                if (max < Integer.MAX_VALUE) {
                    params.put("max", max);
                }
                String unit = text ? " characters" : " entries";
                message = max == Integer.MAX_VALUE ? "must have at least " + min + unit
                        : min > 0 ? "must have between " + min + " and " + max + unit : "must have at most " + max + unit;
            }
            case "Pattern" -> {
                code = ErrorCode.PATTERN;
                params.put("regexp", a.get("regexp"));
                message = "does not have the required form";
            }
            case "Min", "DecimalMin", "PositiveOrZero", "Positive" -> {
                code = ErrorCode.RANGE;
                Number min = type.startsWith("Positive") ? Integer.valueOf(type.equals("Positive") ? 1 : 0) : number(a.get("value"));
                params.put("min", min);
                message = "must be at least " + min;
            }
            case "Max", "DecimalMax" -> {
                code = ErrorCode.RANGE;
                Number max = number(a.get("value"));
                params.put("max", max);
                message = "must be at most " + max;
            }
            case "Range" -> {
                code = ErrorCode.RANGE;
                params.put("min", number(a.get("min")));
                params.put("max", number(a.get("max")));
                message = "must be between " + params.get("min") + " and " + params.get("max");
            }
            case "Email" -> {
                code = ErrorCode.EMAIL;
                message = "is not an e-mail address";
            }
            case "AssertTrue" -> {
                code = ErrorCode.MUST_BE_TRUE;
                message = "must be true";
            }
            default -> {
                code = ErrorCode.INVALID;
                message = "is not valid";
            }
        }
        String template = d.getMessageTemplate();
        if (template != null && !template.startsWith("{")) {
            message = v.getMessage(); // a message written for this field says more than the generic one
        }
        return new FieldError(field(v), code, message, params);
    }

    /** A constraint's limit as a JSON number: whole numbers as long, others as decimals. */
    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        BigDecimal d = new BigDecimal(String.valueOf(value));
        return d.stripTrailingZeros().scale() <= 0 ? (Number) d.longValueExact() : d;
    }

    /** The property path without the method and parameter, e.g. {@code create.arg0.name} → {@code name}. */
    static String field(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> parts.clear();
                default -> parts.add(node.getIndex() != null && !parts.isEmpty()
                        ? node.getName() : node.toString());
            }
        }
        String path = String.join(".", parts);
        return path.isEmpty() ? "body" : path;
    }
}
