package org.hetao.registry.api.http;

import jakarta.ws.rs.BadRequestException;
import org.hetao.registry.common.InvalidValueException;

/**
 * A malformed query or header parameter found while JAX-RS reads it; carried as a JAX-RS failure so
 * that it is not turned into a 404, and answered as the {@link InvalidValueException} it holds.
 */
public class InvalidParameterException extends BadRequestException {
    private static final long serialVersionUID = 1L;

    public InvalidParameterException(InvalidValueException invalid) {
        super(invalid.getMessage(), invalid);
    }

    InvalidValueException invalid() {
        return (InvalidValueException) getCause();
    }
}
