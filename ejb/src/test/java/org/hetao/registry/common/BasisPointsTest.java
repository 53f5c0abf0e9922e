package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BasisPointsTest {
    record Share(Long holder, Integer bp) {}

    private static void check(Share... shares) {
        BasisPoints.checkShares("shares", "institutionId", List.of(shares), Share::holder, Share::bp);
    }

    private static InvalidValueException failure(Share... shares) {
        return assertThrows(InvalidValueException.class, () -> check(shares));
    }

    @Test
    void acceptsSharesThatSumToExactlyTenThousand() {
        assertDoesNotThrow(() -> check(new Share(1L, 3333), new Share(2L, 3333), new Share(3L, 3334)));
        assertDoesNotThrow(() -> check(new Share(1L, 10000)));
        assertDoesNotThrow(() -> check(new Share(1L, 1), new Share(2L, 9999)));
    }

    @Test
    void rejectsSumsOneBasisPointOff() {
        assertEquals(
                "shares",
                failure(new Share(1L, 3333), new Share(2L, 3333), new Share(3L, 3333))
                        .errors()
                        .get(0)
                        .field());
        failure(new Share(1L, 5000), new Share(2L, 4999));
        failure(new Share(1L, 5000), new Share(2L, 5001));
    }

    @Test
    void rejectsZeroNegativeAndOversizedShares() {
        assertEquals(
                "shares[1].shareBp",
                failure(new Share(1L, 10000), new Share(2L, 0)).errors().get(0).field());
        assertEquals(
                "shares[0].shareBp",
                failure(new Share(1L, -1), new Share(2L, 10001)).errors().get(0).field());
        assertEquals(
                "shares[0].shareBp",
                failure(new Share(1L, 20000), new Share(2L, -10000))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void rejectsAnOwnerListedTwice() {
        assertEquals(
                "shares[1].institutionId",
                failure(new Share(1L, 5000), new Share(1L, 5000))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void rejectsAnEmptyListAndMissingValues() {
        assertThrows(
                InvalidValueException.class,
                () -> BasisPoints.checkShares("shares", "institutionId", List.<Share>of(), Share::holder, Share::bp));
        assertEquals(
                "shares[0].institutionId",
                failure(new Share(null, 10000)).errors().get(0).field());
        assertEquals(
                "shares[0].shareBp",
                failure(new Share(1L, null)).errors().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({
        "3334, 33.34 %",
        "3333, 33.33 %",
        "10000, 100.00 %",
        "1, 0.01 %",
        "5, 0.05 %",
        "10, 0.10 %",
        "5050, 50.50 %",
        "99, 0.99 %",
        "9999, 99.99 %",
        "0, 0.00 %",
        "-125, -1.25 %"
    })
    void formatsExactPercentages(int bp, String text) {
        assertEquals(text, BasisPoints.percent(bp));
    }
}
