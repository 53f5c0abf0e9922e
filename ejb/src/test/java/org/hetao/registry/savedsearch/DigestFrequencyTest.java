package org.hetao.registry.savedsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Digest periods follow the zone's calendar (UTC+8): days end at 16:00 UTC, weeks at Sunday 16:00 UTC. */
class DigestFrequencyTest {
    /** Wednesday 2026-12-09, 10:00 in Hong Kong. */
    private static final OffsetDateTime WED = OffsetDateTime.of(2026, 12, 9, 2, 0, 0, 0, ZoneOffset.UTC);

    private static final OffsetDateTime TUE_MIDNIGHT_HK = OffsetDateTime.of(2026, 12, 8, 16, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime MON_MIDNIGHT_HK = OffsetDateTime.of(2026, 12, 6, 16, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDailyDigestIsDueOnceTheDayItCoversHasEndedAndSettled() {
        assertEquals(TUE_MIDNIGHT_HK, DigestFrequency.DAILY.latestPeriodEnd(WED));
        OffsetDateTime turnedOn = TUE_MIDNIGHT_HK.minusHours(5);
        assertEquals(TUE_MIDNIGHT_HK, DigestFrequency.DAILY.dueUntil(turnedOn, WED));
        assertNull(
                DigestFrequency.DAILY.dueUntil(TUE_MIDNIGHT_HK, WED),
                "that day is digested: nothing more until the next midnight");
        assertNull(
                DigestFrequency.DAILY.dueUntil(turnedOn, TUE_MIDNIGHT_HK.plusMinutes(4)),
                "records of the last minutes get time to be indexed");
        assertEquals(
                TUE_MIDNIGHT_HK,
                DigestFrequency.DAILY.dueUntil(turnedOn, TUE_MIDNIGHT_HK.plus(DigestFrequency.SETTLE)));
    }

    @Test
    void aWeeklyDigestCoversMondayToSundayInTheZone() {
        assertEquals(MON_MIDNIGHT_HK, DigestFrequency.WEEKLY.latestPeriodEnd(WED));
        assertEquals(MON_MIDNIGHT_HK, DigestFrequency.WEEKLY.dueUntil(MON_MIDNIGHT_HK.minusDays(3), WED));
        assertNull(DigestFrequency.WEEKLY.dueUntil(MON_MIDNIGHT_HK.plusHours(1), WED));
        assertNull(DigestFrequency.OFF.dueUntil(MON_MIDNIGHT_HK.minusDays(3), WED));
    }

    @Test
    void afterDowntimeOneDigestCoversEveryMissedPeriodAndNothingIsSentTwice() {
        SavedSearch s = new SavedSearch(
                7, "Organoids", "organoid", Map.of("type", List.of("ip-asset")), "en", WED.minusDays(10));
        s.digest(DigestFrequency.DAILY, WED.minusDays(10), "https://registry.example.org/");
        OffsetDateTime since = s.getDigestSince();
        OffsetDateTime until = s.getDigest().dueUntil(since, WED);
        assertEquals(TUE_MIDNIGHT_HK, until, "the ten days missed end with the latest midnight");
        assertTrue(s.inDigest(since, until));
        assertTrue(s.inDigest(until.minusSeconds(1), until));
        assertFalse(s.inDigest(until, until), "a record of the new day waits for its own digest");
        assertFalse(
                s.inDigest(since.minusSeconds(1), until), "a record from before the digest was turned on is not in it");
        s.digested(until);
        assertNull(
                s.getDigest().dueUntil(s.getDigestSince(), WED.plusHours(5)), "run again the same day: nothing is due");
        s.digested(until.minusDays(1));
        assertEquals(until, s.getDigestSince(), "a period never moves back");
    }

    @Test
    void changingTheFrequencyKeepsWhatIsNotYetDigestedAndOffForgetsIt() {
        SavedSearch s = new SavedSearch(7, "Organoids", "organoid", Map.of(), "en", WED);
        assertEquals(DigestFrequency.OFF, s.getDigest());
        s.digest(DigestFrequency.DAILY, WED, null);
        s.digest(DigestFrequency.WEEKLY, WED.plusDays(1), null);
        assertEquals(WED, s.getDigestSince());
        s.digest(DigestFrequency.OFF, WED.plusDays(2), null);
        assertNull(s.getDigestSince());
        s.digest(DigestFrequency.WEEKLY, WED.plusDays(3), null);
        assertEquals(WED.plusDays(3), s.getDigestSince());
    }
}
