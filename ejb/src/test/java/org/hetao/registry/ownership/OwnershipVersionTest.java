package org.hetao.registry.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class OwnershipVersionTest {
    static OwnershipChange change(LocalDate from, ShareDetails... shares) {
        return new OwnershipChange(List.of(shares), from, "Joint development agreement");
    }

    @Test
    void theFirstVersionIsNumberOneAndListsTheLargestShareFirst() {
        OwnershipVersion v = OwnershipVersion.first(
                7,
                change(
                        LocalDate.of(2026, 1, 1),
                        new ShareDetails(1L, 3333),
                        new ShareDetails(2L, 3334),
                        new ShareDetails(3L, 3333)),
                "tto-hku");
        assertEquals(1, v.getVersionNo());
        assertEquals(2L, v.getShares().get(0).getInstitutionId());
        assertEquals(
                10000,
                v.getShares().stream().mapToInt(OwnershipShare::getShareBp).sum());
        assertTrue(v.isOwner(3));
    }

    @Test
    void aChangeIsANewVersionThatLeavesTheOldOneAsItWas() {
        OwnershipVersion v1 =
                OwnershipVersion.first(7, change(LocalDate.of(2026, 1, 1), new ShareDetails(1L, 10000)), "admin");
        OwnershipVersion v2 = v1.next(
                change(LocalDate.of(2026, 6, 1), new ShareDetails(1L, 6000), new ShareDetails(2L, 4000)), "admin");
        assertEquals(2, v2.getVersionNo());
        assertEquals(1, v1.getShares().size());
        assertEquals(10000, v1.getShares().get(0).getShareBp());
    }

    @Test
    void aVersionOfAFileDatedBeforeItsPredecessorIsMarkedACorrectionAndAnImportOfAnAssetsOwnersRefusesIt() {
        OwnershipVersion v1 =
                OwnershipVersion.first(7, change(LocalDate.of(2026, 6, 1), new ShareDetails(1L, 10000)), "admin");
        assertTrue(v1.next(change(LocalDate.of(2026, 5, 31), new ShareDetails(1L, 10000)), "admin")
                .isCorrection());
        assertFalse(v1.next(change(LocalDate.of(2026, 6, 1), new ShareDetails(1L, 10000)), "admin")
                .isCorrection());
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> v1.checkNotBefore(LocalDate.of(2026, 5, 31)));
        assertEquals("effectiveFrom", e.errors().get(0).field());
    }

    @Test
    void sharesMustSumToTenThousandAndAReasonIsRequired() {
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipVersion.first(
                        7,
                        change(
                                LocalDate.of(2026, 1, 1),
                                new ShareDetails(1L, 3333),
                                new ShareDetails(2L, 3333),
                                new ShareDetails(3L, 3333)),
                        "admin"));
        assertThrows(
                InvalidValueException.class,
                () -> OwnershipVersion.first(
                        7,
                        new OwnershipChange(List.of(new ShareDetails(1L, 10000)), LocalDate.of(2026, 1, 1), " "),
                        "admin"));
    }

    @Test
    void aVersionHoldsAChangeWithTheSameSharesDateAndReasonWhateverTheOrderOfTheShares() {
        OwnershipVersion v = OwnershipVersion.first(
                7, change(LocalDate.of(2026, 1, 1), new ShareDetails(1L, 6000), new ShareDetails(2L, 4000)), "admin");
        assertTrue(v.holds(change(LocalDate.of(2026, 1, 1), new ShareDetails(2L, 4000), new ShareDetails(1L, 6000))));
        assertFalse(v.holds(change(LocalDate.of(2026, 1, 2), new ShareDetails(1L, 6000), new ShareDetails(2L, 4000))));
        assertFalse(v.holds(change(LocalDate.of(2026, 1, 1), new ShareDetails(1L, 5000), new ShareDetails(2L, 5000))));
        assertFalse(v.holds(new OwnershipChange(v.asChange().shares(), LocalDate.of(2026, 1, 1), "Another reason")));
    }

    @Test
    void theNextVersionIsForAnOwnerOfTheCurrentOneToRecordAndTheFirstForAPartyOfTheProject() {
        assertEquals(Set.of(1L, 2L), OwnershipVersion.nextWriters(Optional.empty(), Set.of(1L, 2L)));
        OwnershipVersion v =
                OwnershipVersion.first(7, change(LocalDate.of(2026, 1, 1), new ShareDetails(3L, 10000)), "admin");
        assertEquals(Set.of(3L), OwnershipVersion.nextWriters(Optional.of(v), Set.of(1L, 2L)));
    }

    @Test
    void anOwnershipDateOutsideTheRegistrysRangeIsRefusedWithTheOtherFaults() {
        OwnershipChange far =
                new OwnershipChange(List.of(new ShareDetails(1L, 9000)), LocalDate.of(999_999_999, 12, 31), " ");
        List<String> fields =
                assertThrows(InvalidValueException.class, () -> OwnershipVersion.first(7, far, "admin"))
                        .errors()
                        .stream()
                        .map(InvalidValueException.FieldError::field)
                        .toList();
        assertEquals(List.of("shares", "effectiveFrom", "reason"), fields);
    }
}
