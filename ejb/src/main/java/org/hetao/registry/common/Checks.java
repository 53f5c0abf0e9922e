package org.hetao.registry.common;

import java.util.Collection;
import java.util.Map;

/** Small argument checks used by entity constructors; each failure names the field. */
public final class Checks {
    private Checks() {}

    public static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required");
        }
        return optionalText(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.LENGTH,
                    "must be at most " + maxLength + " characters (was " + trimmed.length() + ")",
                    Map.of("max", maxLength));
        }
        return trimmed;
    }

    public static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required");
        }
        return value;
    }

    public static <T extends Collection<?>> T requireNotEmpty(String field, T values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException(field, ErrorCode.COUNT, "must not be empty", Map.of("min", 1));
        }
        return values;
    }
}
