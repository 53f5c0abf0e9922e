package org.hetao.registry.api.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hetao.registry.common.InvalidValueException.FieldError;

/** Bean Validation failures of a request: 400 with every offending field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = "The request has invalid values: " + errors.stream()
                .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return Problems.response(new Problem("about:blank", "Invalid request", 400, detail, null, errors, null));
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
