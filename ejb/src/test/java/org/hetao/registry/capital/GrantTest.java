package org.hetao.registry.capital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A grant guards its amount, currency and period; totals are per side and currency, never converted. */
class GrantTest {
    static GrantDetails grant(String amount, String currency, BoundarySide side) {
        return new GrantDetails(
                11L,
                "Shenzhen Science, Technology and Innovation Commission",
                GrantScheme.MATCHING_BASIC_RESEARCH,
                "Hetao matching grant",
                "SZ-2026-001",
                amount == null ? null : new BigDecimal(amount),
                currency,
                side,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2028, 1, 31));
    }

    @Test
    void keepsTheAmountExactlyWithTwoDecimals() {
        Grant g = new Grant(7, grant("1500000.5", "cny", BoundarySide.MAINLAND));
        assertEquals(new BigDecimal("1500000.50"), g.getAmount());
        assertEquals(GrantCurrency.CNY, g.getCurrency());
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource(
            nullValues = "~",
            value = {
                "-1, HKD, amount, amount.negative",
                "1.005, HKD, amount, amount.decimals",
                "12345678901234, HKD, amount, amount.digits",
                "~, HKD, amount, required",
                "100, USD, currency, one-of",
                "100, ~, currency, required",
            })
    void refusesWhatIsNotAnAmountInTheZonesCurrencies(String amount, String currency, String field, String code) {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> new Grant(7, grant(amount, currency, BoundarySide.HK)));
        assertEquals(1, e.errors().size(), e.errors()::toString);
        assertEquals(field, e.errors().get(0).field());
        assertEquals(code, e.errors().get(0).code());
    }

    @Test
    void thePeriodEndsAfterItStartsAndEveryFaultIsReportedAtOnce() {
        GrantDetails d = new GrantDetails(
                null,
                " ",
                null,
                null,
                null,
                new BigDecimal("1"),
                "HKD",
                null,
                null,
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 31));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Grant(7, d));
        assertEquals(
                Set.of("institutionId", "funder", "scheme", "side", "awardedDate", "endDate"),
                Set.copyOf(e.errors().stream()
                        .map(InvalidValueException.FieldError::field)
                        .toList()));
        assertEquals(
                ErrorCode.DATE_ORDER.code(),
                e.errors().stream()
                        .filter(f -> f.field().equals("endDate"))
                        .findFirst()
                        .orElseThrow()
                        .code());
    }

    @Test
    void totalsArePerSideAndCurrencyWithoutConversion() {
        List<Grant> grants = List.of(
                new Grant(7, grant("1000000", "HKD", BoundarySide.HK)),
                new Grant(7, grant("250000.25", "HKD", BoundarySide.HK)),
                new Grant(7, grant("800000", "CNY", BoundarySide.MAINLAND)),
                new Grant(7, grant("50000", "HKD", BoundarySide.MAINLAND)),
                new Grant(7, grant("200000", "CNY", BoundarySide.MAINLAND)));
        assertEquals(
                List.of(
                        new GrantTotal(BoundarySide.HK, GrantCurrency.HKD, new BigDecimal("1250000.25"), 2),
                        new GrantTotal(BoundarySide.MAINLAND, GrantCurrency.HKD, new BigDecimal("50000.00"), 1),
                        new GrantTotal(BoundarySide.MAINLAND, GrantCurrency.CNY, new BigDecimal("1000000.00"), 2)),
                GrantTotal.of(grants));
        assertEquals(List.of(), GrantTotal.of(List.of()));
    }
}
