package org.hetao.registry.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which version is in force on a date, which are scheduled, and how a correction is inserted. */
class OwnershipTimelineTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    static final long HKU = 1;
    static final long SZBL = 2;
    static final long HKUST = 3;

    private static OwnershipTimeline record(OwnershipTimeline t, LocalDate from, ShareDetails... shares) {
        return t.with(t.record(7, OwnershipVersionTest.change(from, shares), "admin", TODAY, NOW));
    }

    private static int no(Optional<OwnershipVersion> v) {
        return v.map(OwnershipVersion::getVersionNo).orElse(0);
    }

    /** v1 HKU alone from 2026-01-01; v2 half and half from 2026-06-01 (current); v3 SZBL alone from 2026-12-31 (scheduled). */
    private static OwnershipTimeline threeVersions() {
        OwnershipTimeline t = new OwnershipTimeline(List.of());
        t = record(t, LocalDate.of(2026, 1, 1), new ShareDetails(HKU, 10000));
        t = record(t, LocalDate.of(2026, 6, 1), new ShareDetails(HKU, 5000), new ShareDetails(SZBL, 5000));
        return record(t, LocalDate.of(2026, 12, 31), new ShareDetails(SZBL, 10000));
    }

    @Test
    void theVersionInForceOnADateIsTheOneWithTheLatestDateOnOrBeforeIt() {
        OwnershipTimeline t = threeVersions();
        assertEquals(0, no(t.inForceOn(LocalDate.of(2025, 12, 31))), "nothing before the first date");
        assertEquals(1, no(t.inForceOn(LocalDate.of(2026, 1, 1))));
        assertEquals(1, no(t.inForceOn(LocalDate.of(2026, 5, 31))));
        assertEquals(2, no(t.inForceOn(TODAY)));
        assertEquals(3, no(t.inForceOn(LocalDate.of(2026, 12, 31))));
        assertEquals(3, t.latestVersionNo());
    }

    @Test
    void aVersionDatedLaterIsScheduledNotCurrentAndComesIntoForceOnItsDate() {
        OwnershipTimeline t = threeVersions();
        assertEquals(2, no(t.inForceOn(TODAY)), "the current owners stay until 31 December");
        assertEquals(
                List.of(3),
                t.scheduled(TODAY).stream().map(OwnershipVersion::getVersionNo).toList());
        assertEquals(
                List.of(), t.scheduled(LocalDate.of(2026, 12, 31)), "on its date it is current, no longer scheduled");
        OwnershipVersion scheduled = t.latest().orElseThrow();
        assertNull(scheduled.getDateReachedAt(), "its date has not been acted on");
        assertTrue(
                t.inForceOn(TODAY).orElseThrow().getDateReachedAt() != null,
                "a version dated up to today is acted on when recorded");
        assertFalse(scheduled.isCorrection());
    }

    @Test
    void aCorrectionIsInsertedInDateOrderWithoutChangingTheCurrentVersion() {
        OwnershipTimeline t = threeVersions();
        assertTrue(t.isCorrection(LocalDate.of(2023, 5, 1), TODAY));
        assertFalse(t.isCorrection(LocalDate.of(2026, 6, 1), TODAY), "the current version's own date is no correction");
        OwnershipTimeline corrected =
                record(t, LocalDate.of(2026, 3, 1), new ShareDetails(HKU, 7000), new ShareDetails(HKUST, 3000));
        OwnershipVersion v4 = corrected.latest().orElseThrow();
        assertEquals(4, v4.getVersionNo(), "numbered in the order of recording");
        assertTrue(v4.isCorrection());
        assertEquals(1, no(corrected.inForceOn(LocalDate.of(2026, 2, 28))));
        assertEquals(4, no(corrected.inForceOn(LocalDate.of(2026, 3, 1))));
        assertEquals(4, no(corrected.inForceOn(LocalDate.of(2026, 5, 31))));
        assertEquals(
                2,
                no(corrected.inForceOn(TODAY)),
                "a correction before a later version does not change what is in force today");
        assertEquals(
                List.of(3, 2, 4, 1),
                corrected.newestFirst().stream()
                        .map(OwnershipVersion::getVersionNo)
                        .toList());
    }

    @Test
    void aCorrectionBeforeEveryVersionStartsTheHistoryEarlier() {
        OwnershipTimeline corrected = record(threeVersions(), LocalDate.of(2023, 5, 1), new ShareDetails(HKUST, 10000));
        assertEquals(4, no(corrected.inForceOn(LocalDate.of(2023, 5, 1))));
        assertEquals(1, no(corrected.inForceOn(LocalDate.of(2026, 1, 1))));
    }

    @Test
    void ofTwoVersionsWithTheSameDateTheLaterRecordedIsInForceAndTheOtherNeverWas() {
        OwnershipTimeline t = threeVersions();
        OwnershipTimeline again =
                record(t, LocalDate.of(2026, 12, 31), new ShareDetails(HKU, 2000), new ShareDetails(SZBL, 8000));
        assertEquals(4, no(again.inForceOn(LocalDate.of(2026, 12, 31))));
        assertEquals(
                List.of(4),
                again.scheduled(TODAY).stream()
                        .map(OwnershipVersion::getVersionNo)
                        .toList(),
                "the replaced scheduled version will never be in force");
        OwnershipTimeline sameAsCurrent =
                record(t, LocalDate.of(2026, 6, 1), new ShareDetails(HKU, 4000), new ShareDetails(SZBL, 6000));
        assertEquals(4, no(sameAsCurrent.inForceOn(TODAY)));
        assertFalse(sameAsCurrent.latest().orElseThrow().isCorrection());
    }

    @Test
    void theOwnersAChangeReplacesAreThoseInForceOnItsDate() {
        OwnershipTimeline t = threeVersions();
        assertEquals(Set.of(HKU, SZBL), t.ownersReplacedFrom(TODAY), "a change from today replaces the current owners");
        assertEquals(
                Set.of(HKU),
                t.ownersReplacedFrom(LocalDate.of(2026, 3, 1)),
                "a correction replaces those in force on its date");
        assertEquals(
                Set.of(SZBL), t.ownersReplacedFrom(LocalDate.of(2027, 2, 1)), "after a scheduled version, its owners");
        assertEquals(
                Set.of(HKU),
                t.ownersReplacedFrom(LocalDate.of(2023, 5, 1)),
                "before the first version, the first owners");
        assertEquals(Set.of(), new OwnershipTimeline(List.of()).ownersReplacedFrom(TODAY));
    }

    @Test
    void anAssetWhoseOnlyVersionIsScheduledHasNoCurrentOwners() {
        OwnershipTimeline t =
                record(new OwnershipTimeline(List.of()), LocalDate.of(2026, 12, 31), new ShareDetails(HKU, 10000));
        assertTrue(t.inForceOn(TODAY).isEmpty());
        assertEquals(1, t.scheduled(TODAY).size());
        assertFalse(t.isCorrection(LocalDate.of(2026, 1, 1), TODAY), "nothing in force today: nothing to correct");
    }
}
