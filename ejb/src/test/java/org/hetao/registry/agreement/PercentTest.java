package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {
    @ParameterizedTest
    @CsvSource({
        "3334, 33.34 %",
        "3333, 33.33 %",
        "10000, 100.00 %",
        "0, 0.00 %",
        "1, 0.01 %",
        "10, 0.10 %",
        "5050, 50.50 %",
        "99, 0.99 %",
        "-125, -1.25 %"
    })
    void showsTwoDecimalsExactly(int basisPoints, String expected) {
        assertEquals(expected, Percent.format(basisPoints));
    }
}
