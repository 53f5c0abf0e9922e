package org.hetao.registry.api.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** Converts query parameters with a clear 400 (JAX-RS would answer 404 for a bad enum value). */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, ErrorCode.PARAM_ENUM,
                    "must be one of " + Arrays.toString(type.getEnumConstants()),
                    Map.of("allowed", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    public static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, ErrorCode.PARAM_INTEGER, "must be a whole number");
        }
    }
}
