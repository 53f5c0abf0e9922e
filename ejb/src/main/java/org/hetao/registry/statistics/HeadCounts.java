package org.hetao.registry.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counting rules of head counts and full-time equivalents over a period (docs/zone.md, "Head
 * counts and zone reporting"):
 *
 * <ul>
 *   <li>a staffing counts when it overlaps the period on at least one day (its first and last day
 *       included; an open end runs on);
 *   <li>the head count is the number of distinct people with such a staffing: a person with two lines
 *       in the same group counts once;
 *   <li>the FTE is person-time: the sum over the lines of FTE share × days of the line within the period,
 *       divided by the period's days. A post-doc at 50 % for 15 days of a 30-day month is 0.25 FTE of
 *       that month; on a single day it is the sum of the shares of the lines on that day.
 * </ul>
 */
public final class HeadCounts {
    private HeadCounts() {}

    private record Group(String park, long institutionId, String role) {}

    private static final class Tally {
        private final Set<Long> people = new HashSet<>();
        /** Sum of FTE percent × overlapping days: exact, divided once at the end. */
        private long percentDays;

        void add(StaffingLine line, long days) {
            people.add(line.personId());
            percentDays += line.ftePercent() * days;
        }

        BigDecimal fte(Period period) {
            return BigDecimal.valueOf(percentDays)
                    .divide(BigDecimal.valueOf(100 * period.days()), 2, RoundingMode.HALF_UP);
        }
    }

    /** The counts by park, institution and role, in that order. */
    public static List<HeadCount> byGroup(Collection<StaffingLine> lines, Period period) {
        Map<Group, Tally> tallies = new TreeMap<>(Comparator.comparing(Group::park)
                .thenComparingLong(Group::institutionId)
                .thenComparing(Group::role));
        for (StaffingLine line : lines) {
            long days = period.overlapDays(line.start(), line.end());
            if (days > 0) {
                tallies.computeIfAbsent(new Group(line.park(), line.institutionId(), line.role()), g -> new Tally())
                        .add(line, days);
            }
        }
        return tallies.entrySet().stream()
                .map(e -> new HeadCount(
                        e.getKey().park(),
                        e.getKey().institutionId(),
                        e.getKey().role(),
                        e.getValue().people.size(),
                        e.getValue().fte(period)))
                .toList();
    }

    /** One point of a series: every line together (a person counts once however many groups they are in). */
    public static SeriesPoint total(Collection<StaffingLine> lines, Period period) {
        Tally all = new Tally();
        for (StaffingLine line : lines) {
            long days = period.overlapDays(line.start(), line.end());
            if (days > 0) {
                all.add(line, days);
            }
        }
        return new SeriesPoint(period.from(), period.to(), all.people.size(), all.fte(period));
    }
}
