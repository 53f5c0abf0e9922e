package org.hetao.registry.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The rule for an amount of money the registry stores (a project's funding, a grant): present, not
 * negative, at most {@value #MAX_DECIMALS} decimals and {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point — what a {@code NUMERIC(15, 2)} column holds exactly.
 */
public final class MoneyAmount {
    public static final int MAX_INTEGER_DIGITS = 13;
    public static final int MAX_DECIMALS = 2;

    private MoneyAmount() {}

    /** The amount with exactly {@value #MAX_DECIMALS} decimals, or the reason {@code field} is refused. */
    public static BigDecimal checked(String field, BigDecimal value) {
        Checks.require(field, value);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, ErrorCode.AMOUNT_NEGATIVE, "must not be negative");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.AMOUNT_DECIMALS,
                    "may have at most " + MAX_DECIMALS + " decimals",
                    Map.of("max", MAX_DECIMALS));
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.AMOUNT_DIGITS,
                    "may have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point",
                    Map.of("max", MAX_INTEGER_DIGITS));
        }
        return value.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY);
    }
}
