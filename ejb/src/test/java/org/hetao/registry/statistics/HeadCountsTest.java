package org.hetao.registry.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rules of head counts and FTE person-time, as worked examples. */
class HeadCountsTest {
    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static StaffingLine line(long person, int fte, String start, String end) {
        return new StaffingLine(person, 954, "HK_PARK", "POSTDOC", fte, d(start), d(end));
    }

    @ParameterizedTest(name = "{0} to {1} meets {2} to {3} on {4} days")
    @CsvSource(nullValues = "open", textBlock = """
            # period from, to,       staffing start, end,    days of overlap
            2026-01-01, 2026-01-31, 2025-06-01, open,       31
            2026-01-01, 2026-01-31, 2026-01-31, open,       1
            2026-01-01, 2026-01-31, 2025-01-01, 2026-01-01, 1
            2026-01-01, 2026-01-31, 2026-02-01, open,       0
            2026-01-01, 2026-01-31, 2025-01-01, 2025-12-31, 0
            2026-01-01, 2026-01-31, 2026-01-10, 2026-01-19, 10
            2024-02-01, 2024-02-29, 2024-02-15, open,       15
            2023-02-01, 2023-02-28, 2023-02-15, open,       14
            2024-01-01, 2024-12-31, 2020-01-01, open,       366
            2025-01-01, 2025-12-31, 2020-01-01, open,       365
            2026-03-15, 2026-03-15, 2026-03-15, 2026-03-15, 1
            """)
    void overlapCountsBothEnds(String from, String to, String start, String end, long days) {
        assertEquals(days, new Period(d(from), d(to)).overlapDays(d(start), d(end)));
    }

    @ParameterizedTest(name = "{0}: FTE {5}")
    @CsvSource(nullValues = "open", textBlock = """
            # example,                                        period from, to,    fte %, start,      end,   expected FTE
            whole month full time,                           2026-01-01, 2026-01-31, 100, 2025-01-01, open,       1.00
            half time for half of a 30-day month,            2026-04-01, 2026-04-30, 50,  2026-04-16, open,       0.25
            full time for the last 10 days of 31,            2026-01-01, 2026-01-31, 100, 2026-01-22, open,       0.32
            leap February: 29 days of 29,                    2024-02-01, 2024-02-29, 100, 2024-01-01, open,       1.00
            leap February: from the 29th only,               2024-02-01, 2024-02-29, 100, 2024-02-29, open,       0.03
            common February: 14 of 28 days,                  2023-02-01, 2023-02-28, 100, 2023-02-15, open,       0.50
            leap year: half of 366 days at 60 %,             2024-01-01, 2024-12-31, 60,  2024-07-02, open,       0.30
            one day: the share on that day,                  2026-03-15, 2026-03-15, 40,  2026-03-01, 2026-03-31, 0.40
            ended the day before,                            2026-03-15, 2026-03-15, 40,  2026-03-01, 2026-03-14, 0.00
            """)
    void fteIsPersonTime(
            String example, String from, String to, int fte, String start, String end, BigDecimal expected) {
        Period period = new Period(d(from), d(to));
        SeriesPoint point = HeadCounts.total(List.of(line(1, fte, start, end)), period);
        assertEquals(expected, point.fte(), example);
        assertEquals(expected.signum() == 0 ? 0 : 1, point.people(), example);
    }

    @Test
    void aPersonCountsOnceInAGroupButTheirTimeAddsUp() {
        // person 1: half time in January on one project and half time from the 16th on another; person 2: all month
        Period january = new Period(d("2026-01-01"), d("2026-01-31"));
        List<StaffingLine> lines = List.of(
                line(1, 50, "2025-09-01", null),
                line(1, 50, "2026-01-16", "2026-06-30"),
                line(2, 100, "2026-01-01", "2026-01-31"),
                line(3, 100, "2026-02-01", null));
        // 50 % × 31 + 50 % × 16 + 100 % × 31 = 54.5 person-days ÷ 31 days = 1.758…
        assertEquals(
                List.of(new HeadCount("HK_PARK", 954, "POSTDOC", 2, new BigDecimal("1.76"))),
                HeadCounts.byGroup(lines, january));
    }

    @Test
    void groupsByParkInstitutionAndRole() {
        Period day = Period.day(d("2026-05-01"));
        List<StaffingLine> lines = List.of(
                new StaffingLine(1, 954, "HK_PARK", "POSTDOC", 100, d("2026-01-01"), null),
                new StaffingLine(1, 954, "HK_PARK", "ENGINEER", 20, d("2026-01-01"), null),
                new StaffingLine(2, 960, "SHENZHEN_PARK", "POSTDOC", 100, d("2026-01-01"), null),
                new StaffingLine(3, 954, "SHENZHEN_PARK", "POSTDOC", 80, d("2026-01-01"), null));
        assertEquals(
                List.of(
                        new HeadCount("HK_PARK", 954, "ENGINEER", 1, new BigDecimal("0.20")),
                        new HeadCount("HK_PARK", 954, "POSTDOC", 1, new BigDecimal("1.00")),
                        new HeadCount("SHENZHEN_PARK", 954, "POSTDOC", 1, new BigDecimal("0.80")),
                        new HeadCount("SHENZHEN_PARK", 960, "POSTDOC", 1, new BigDecimal("1.00"))),
                HeadCounts.byGroup(lines, day));
        // in the total, person 1 is one person with 1.2 FTE
        assertEquals(new SeriesPoint(day.from(), day.to(), 3, new BigDecimal("3.00")), HeadCounts.total(lines, day));
    }

    @ParameterizedTest(name = "{2} from {0} to {1}: {3}")
    @CsvSource(textBlock = """
            2026-01-01, 2026-03-31, MONTH,   2026-01-01/2026-01-31 2026-02-01/2026-02-28 2026-03-01/2026-03-31
            2024-01-15, 2024-03-10, MONTH,   2024-01-15/2024-01-31 2024-02-01/2024-02-29 2024-03-01/2024-03-10
            2025-12-31, 2026-01-01, MONTH,   2025-12-31/2025-12-31 2026-01-01/2026-01-01
            2026-02-10, 2026-02-10, MONTH,   2026-02-10/2026-02-10
            2025-11-01, 2026-06-30, QUARTER, 2025-11-01/2025-12-31 2026-01-01/2026-03-31 2026-04-01/2026-06-30
            2024-01-01, 2024-12-31, QUARTER, 2024-01-01/2024-03-31 2024-04-01/2024-06-30 2024-07-01/2024-09-30 2024-10-01/2024-12-31
            """)
    void seriesPointsAreCalendarMonthsOrQuartersCutToTheSpan(String from, String to, Interval interval, String points) {
        assertEquals(
                points,
                String.join(
                        " ",
                        interval.points(new Period(d(from), d(to))).stream()
                                .map(p -> p.from() + "/" + p.to())
                                .toList()));
    }

    @Test
    void aSeriesCountsEachPointOnItsOwn() {
        // half time from 16 February 2024 (a leap year) to 15 March
        List<StaffingLine> lines = List.of(line(1, 50, "2024-02-16", "2024-03-15"));
        List<SeriesPoint> points = Interval.MONTH.points(new Period(d("2024-01-01"), d("2024-03-31"))).stream()
                .map(p -> HeadCounts.total(lines, p))
                .toList();
        assertEquals(
                List.of(
                        new SeriesPoint(d("2024-01-01"), d("2024-01-31"), 0, new BigDecimal("0.00")),
                        // 50 % × 14 days ÷ 29
                        new SeriesPoint(d("2024-02-01"), d("2024-02-29"), 1, new BigDecimal("0.24")),
                        // 50 % × 15 days ÷ 31
                        new SeriesPoint(d("2024-03-01"), d("2024-03-31"), 1, new BigDecimal("0.24"))),
                points);
    }

    @Test
    void aPeriodEndsOnOrAfterItsFirstDayAndIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new Period(d("2026-02-01"), d("2026-01-31")));
        var backwards = assertThrows(
                org.hetao.registry.common.InvalidValueException.class,
                () -> Period.between("from", "to", d("2026-02-01"), d("2026-01-31")));
        assertEquals("to", backwards.errors().get(0).field());
        assertThrows(
                org.hetao.registry.common.InvalidValueException.class,
                () -> Period.between("from", "to", d("1950-01-01"), d("2026-01-31")));
        assertEquals(
                366,
                Period.between("from", "to", d("2024-01-01"), d("2024-12-31")).days());
    }
}
