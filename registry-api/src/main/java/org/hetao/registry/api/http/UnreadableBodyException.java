package org.hetao.registry.api.http;

import java.util.List;
import java.util.stream.Collectors;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * A request body that is not strict JSON of the expected shape: every fault found, each naming its
 * field and saying what was expected. Becomes a 400 problem with the faults in {@code errors}, by its
 * own mapper or, should JAX-RS wrap it while reading the body, by the mapper of the wrapping failure.
 */
public class UnreadableBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public UnreadableBodyException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    static String summary(List<FieldError> errors) {
        return "The request body could not be read: "
                + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }

    Problem problem() {
        return Problem.of(400, "Unreadable request body", getMessage())
                .withCode(ErrorCode.BODY_UNREADABLE)
                .withErrors(errors);
    }
}
