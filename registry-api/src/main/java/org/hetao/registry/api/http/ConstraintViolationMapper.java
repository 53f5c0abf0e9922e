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
        String detail = "The request has invalid values: "
                + errors.stream()
                        .map(f -> f.field() + " " + f.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
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
                message = max == Integer.MAX_VALUE
                        ? "must have at least " + min + unit
                        : min > 0
                                ? "must have between " + min + " and " + max + unit
                                : "must have at most " + max + unit;
            }
            case "Pattern" -> {
                code = ErrorCode.PATTERN;
                params.put("regexp", a.get("regexp"));
                message = "does not have the required form";
            }
            case "Min", "DecimalMin", "PositiveOrZero", "Positive", "Max", "DecimalMax" -> {
                // both limits, when the field has both: "from 1 to 9" says more than "at most 9"
                code = ErrorCode.RANGE;
                Number min = type.startsWith("Positive")
                        ? Integer.valueOf(type.equals("Positive") ? 1 : 0)
                        : type.endsWith("Min") ? number(a.get("value")) : otherLimit(v, true);
                Number max = type.endsWith("Max") ? number(a.get("value")) : otherLimit(v, false);
                if (min != null) {
                    params.put("min", min);
                }
                if (max != null) {
                    params.put("max", max);
                }
                message = min != null && max != null
                        ? "must be between " + min + " and " + max
                        : min != null ? "must be at least " + min : "must be at most " + max;
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

    /**
     * The lower (or upper) limit that the violated property also declares, from its {@code @Min} /
     * {@code @DecimalMin} (or {@code @Max} / {@code @DecimalMax}); null when it has none.
     */
    static Number otherLimit(ConstraintViolation<?> v, boolean lower) {
        Object bean = v.getLeafBean();
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            name = node.getName();
        }
        if (bean == null || name == null) {
            return null;
        }
        for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field f = c.getDeclaredField(name);
                if (lower) {
                    jakarta.validation.constraints.Min min = f.getAnnotation(jakarta.validation.constraints.Min.class);
                    jakarta.validation.constraints.DecimalMin dmin =
                            f.getAnnotation(jakarta.validation.constraints.DecimalMin.class);
                    return min != null ? (Number) min.value() : dmin != null ? number(dmin.value()) : null;
                }
                jakarta.validation.constraints.Max max = f.getAnnotation(jakarta.validation.constraints.Max.class);
                jakarta.validation.constraints.DecimalMax dmax =
                        f.getAnnotation(jakarta.validation.constraints.DecimalMax.class);
                return max != null ? (Number) max.value() : dmax != null ? number(dmax.value()) : null;
            } catch (NoSuchFieldException e) {
                // declared further up, or not a field (a getter's constraint): look on
            }
        }
        return null;
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
                default -> parts.add(node.getIndex() != null && !parts.isEmpty() ? node.getName() : node.toString());
            }
        }
        String path = String.join(".", parts);
        return path.isEmpty() ? "body" : path;
    }
}
