package org.hetao.registry.api.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.DateBounds;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.InvalidValueException.FieldError;
import org.hetao.registry.common.PageRequest;

/**
 * Reads query and header parameters strictly, each failure a 400 naming the parameter (JAX-RS alone
 * would answer 404 for a malformed number or enum value, and read anything but "true" as false).
 * A blank value is absent; anything else must be exactly of its kind.
 */
public final class Params {
    /** The values a paging parameter may take, wherever it appears. */
    private static final Map<String, long[]> RANGES = Map.of(
            "page", new long[] {1, Integer.MAX_VALUE},
            "size", new long[] {1, PageRequest.MAX_SIZE});

    private Params() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw invalid(
                    name,
                    ErrorCode.PARAM_ENUM,
                    "must be one of " + String.join(", ", allowed),
                    Map.of("allowed", allowed));
        }
    }

    public static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A whole number within {@code min}..{@code max}, or within the range known for the parameter's name. */
    static long whole(String name, String value, long min, long max) {
        long[] range = RANGES.getOrDefault(name, new long[] {min, max});
        long lo = Math.max(min, range[0]);
        long hi = Math.min(max, range[1]);
        String v = value.strip();
        if (!v.matches("[+-]?[0-9]+")) {
            throw invalid(name, ErrorCode.PARAM_INTEGER, "must be a whole number", Map.of());
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw range(name, lo, hi);
        }
        if (n < lo || n > hi) {
            throw range(name, lo, hi);
        }
        return n;
    }

    private static InvalidValueException range(String name, long lo, long hi) {
        return invalid(
                name,
                ErrorCode.PARAM_RANGE,
                "must be a whole number from " + lo + " to " + hi,
                Map.of("min", lo, "max", hi));
    }

    /** {@code true} or {@code false} exactly; blank is absent (null). */
    public static Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, ErrorCode.PARAM_BOOLEAN, "must be true or false", Map.of());
        };
    }

    /** An ISO-8601 date (YYYY-MM-DD) within {@link DateBounds}; blank is absent (null). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, ErrorCode.DATE_FORMAT, "must be a date such as 2026-11-22", Map.of());
        }
        return bounded(name, d);
    }

    /** An ISO-8601 date-time with offset within {@link DateBounds}; blank is absent (null). */
    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(
                    name,
                    ErrorCode.DATE_TIME_FORMAT,
                    "must be an ISO-8601 date-time with offset, e.g. 2026-11-22T08:00:00+08:00",
                    Map.of());
        }
        return bounded(name, t);
    }

    private static <T extends java.time.temporal.TemporalAccessor> T bounded(String name, T value) {
        if (!DateBounds.contains(value)) {
            throw invalid(
                    name,
                    ErrorCode.DATE_RANGE,
                    DateBounds.rule(),
                    Map.of("min", DateBounds.MIN.toString(), "max", DateBounds.MAX.toString()));
        }
        return value;
    }

    static InvalidValueException invalid(String name, ErrorCode code, String message, Map<String, Object> params) {
        return new InvalidValueException(List.of(new FieldError(name, code, message, params)));
    }
}
