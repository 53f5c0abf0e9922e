package org.hetao.registry.savedsearch;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.hetao.registry.common.RegistryClock;

/**
 * How often a saved search's e-mail digest goes out. Periods follow the zone's calendar
 * ({@value RegistryClock#ZONE_ID}): a daily period ends at midnight, a weekly one at midnight
 * between Sunday and Monday. A digest covers the records registered from the end of the last one
 * (or from when the digest was turned on) to the end of the latest period that is over: after the
 * registry was down for several periods, one digest covers them all and nothing is missed.
 */
public enum DigestFrequency {
    OFF,
    DAILY,
    WEEKLY;

    /** How long after a period ends its digest waits, so that the records registered just before are searchable. */
    public static final Duration SETTLE = Duration.ofMinutes(5);

    /** The end of the latest period that is over at {@code now} (and settled), or null for OFF. */
    public OffsetDateTime latestPeriodEnd(OffsetDateTime now) {
        if (this == OFF) {
            return null;
        }
        ZonedDateTime local = now.minus(SETTLE).atZoneSameInstant(RegistryClock.ZONE);
        ZonedDateTime midnight = local.toLocalDate().atStartOfDay(RegistryClock.ZONE);
        ZonedDateTime end =
                this == DAILY ? midnight : midnight.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return end.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The end of the digest due at {@code now} for records registered since {@code since}, or null when
     * none is due (digest off, or no period has ended since).
     */
    public OffsetDateTime dueUntil(OffsetDateTime since, OffsetDateTime now) {
        OffsetDateTime end = latestPeriodEnd(now);
        return end != null && since != null && end.isAfter(since) ? end : null;
    }
}
