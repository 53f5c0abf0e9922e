package org.hetao.registry.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Collects the faults of several fields so that a request hears of all of them at once: each check
 * runs, a failing one is recorded and reads as absent, and {@link #throwIfAny()} raises one
 * {@link InvalidValueException} with every fault, before anything changes.
 */
public final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    /** The checked value, or null when the check failed (its faults are kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValueException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public void add(String field, ErrorCode code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    public void add(String field, ErrorCode code, String message, Map<String, ?> params) {
        errors.add(new FieldError(field, code, message, params));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
    }
}
