package org.hetao.registry.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * The dates the registry accepts: 1900-01-01 to 2200-12-31. Every date and date-time that enters
 * (request bodies, query parameters, imported rows) is held to this one range, so that no record can
 * carry a date no one means (a year 999999999 ownership date would lock an asset's ownership for good)
 * and every stored date fits each database's date types.
 */
public final class DateBounds {
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);

    private DateBounds() {}

    /** Whether the date lies within the range (a null date is for the caller to judge). */
    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(MIN) && !date.isAfter(MAX));
    }

    /**
     * Whether the calendar date of a date or date-time lies within the range: the date as written
     * for a local value or one with an offset, the UTC date for an instant.
     */
    public static boolean contains(TemporalAccessor value) {
        if (value == null) {
            return true;
        }
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof OffsetDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof ZonedDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof Instant i) {
            if (i.isBefore(MIN.atStartOfDay().toInstant(ZoneOffset.UTC))
                    || !i.isBefore(MAX.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                return false;
            }
            return true;
        } else {
            date = LocalDate.from(value);
        }
        return contains(date);
    }

    /** What a person is told when a date is out of range. */
    public static String rule() {
        return "must be between " + MIN + " and " + MAX;
    }

    /** The date itself, or a failure naming the field when it is out of range. */
    public static <T extends TemporalAccessor> T require(String field, T value) {
        if (!contains(value)) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.DATE_RANGE,
                    rule(),
                    java.util.Map.of("min", MIN.toString(), "max", MAX.toString()));
        }
        return value;
    }
}
