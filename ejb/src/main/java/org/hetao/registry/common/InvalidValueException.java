package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** One or more fields hold values that break a domain rule. */
@ApplicationException(rollback = true)
public class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** A field (as a JSON pointer-like path, e.g. {@code shares[1].shareBp}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidValueException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidValueException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid value" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
