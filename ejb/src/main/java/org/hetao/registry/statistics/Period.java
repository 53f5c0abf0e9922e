package org.hetao.registry.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * A span of whole days, both ends included: one day ({@code from == to}), a month, a quarter, or any
 * stretch between two dates.
 */
public record Period(LocalDate from, LocalDate to) {
    /** The longest period a count or a series may cover: about fifty years. */
    public static final long MAX_DAYS = 50L * 366;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both of its dates");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    /** The period between two dates a client sent, refused on {@code toField} when it ends before it starts or is too long. */
    public static Period between(String fromField, String toField, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidValueException(
                    toField,
                    ErrorCode.DATE_ORDER,
                    "must not be before the period's first day (" + from + ")",
                    Map.of("after", fromField, "min", from.toString()));
        }
        Period p = new Period(from, to);
        if (p.days() > MAX_DAYS) {
            throw new InvalidValueException(
                    toField,
                    ErrorCode.PARAM_RANGE,
                    "the period may cover at most " + MAX_DAYS + " days",
                    Map.of("min", 1, "max", MAX_DAYS));
        }
        return p;
    }

    /** The period of a single day. */
    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** How many days the period has, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * How many days of this period fall between {@code start} and {@code end} (both included; a null
     * end is open): 0 when they do not meet.
     */
    public long overlapDays(LocalDate start, LocalDate end) {
        LocalDate first = start.isAfter(from) ? start : from;
        LocalDate last = end == null || end.isAfter(to) ? to : end;
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }
}
