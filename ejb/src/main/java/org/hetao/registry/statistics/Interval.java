package org.hetao.registry.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The step of a time series: calendar months or calendar quarters. */
public enum Interval {
    MONTH(1),
    QUARTER(3);

    private final int months;

    Interval(int months) {
        this.months = months;
    }

    /** The first day of the month or quarter that holds {@code day}. */
    LocalDate start(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /**
     * The points of a series over {@code span}: each calendar month or quarter that meets it, cut to
     * the span (so the first and the last point may be shorter than a whole month or quarter).
     */
    public List<Period> points(Period span) {
        List<Period> out = new ArrayList<>();
        for (LocalDate start = start(span.from()); !start.isAfter(span.to()); start = start.plusMonths(months)) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            out.add(new Period(
                    start.isBefore(span.from()) ? span.from() : start, end.isAfter(span.to()) ? span.to() : end));
        }
        return out;
    }
}
