package org.hetao.registry.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares in basis points (1 bp = 0.01 %; 10,000 bp = 100 %), kept as integers so that sums are
 * exact. {@link #checkShares} is the one rule for every list of shares: each holder once, each
 * share above zero, all together exactly 10,000.
 */
public final class BasisPoints {
    public static final int WHOLE = 10_000;

    private BasisPoints() {}

    /**
     * Checks a list of shares; {@code listField} names the list (e.g. {@code shares}), and errors
     * name the line, e.g. {@code shares[2].shareBp}.
     */
    public static <T> void checkShares(
            String listField, String holderField, List<T> lines, Function<T, Long> holder, Function<T, Integer> share) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException(
                    listField, ErrorCode.COUNT, "must list at least one share", Map.of("min", 1));
        }
        Map<Long, Integer> seen = new HashMap<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = listField + "[" + i + "]";
            T t = lines.get(i);
            if (t == null) {
                throw new InvalidValueException(line, ErrorCode.REQUIRED, "is required");
            }
            Long h = Checks.require(line + "." + holderField, holder.apply(t));
            Integer bp = Checks.require(line + ".shareBp", share.apply(t));
            if (bp <= 0) {
                throw new InvalidValueException(
                        line + ".shareBp",
                        ErrorCode.RANGE,
                        "must be more than 0 (a share is in basis points: 1 bp = 0.01 %)",
                        Map.of("min", 1, "max", WHOLE));
            }
            if (bp > WHOLE) {
                throw new InvalidValueException(
                        line + ".shareBp",
                        ErrorCode.RANGE,
                        "must be at most 10000 (100 %)",
                        Map.of("min", 1, "max", WHOLE));
            }
            Integer earlier = seen.putIfAbsent(h, i);
            if (earlier != null) {
                throw new InvalidValueException(
                        line + "." + holderField,
                        ErrorCode.SHARES_DUPLICATE_HOLDER,
                        h + " is already listed at " + listField + "[" + earlier + "]",
                        Map.of("holder", h, "line", earlier));
            }
            total += bp;
        }
        if (total != WHOLE) {
            throw new InvalidValueException(
                    listField,
                    ErrorCode.SHARES_SUM,
                    "shares must sum to exactly 10000 bp (100.00 %); they sum to " + total + " bp ("
                            + percent((int) Math.min(total, Integer.MAX_VALUE)) + ")",
                    Map.of("sum", total));
        }
    }

    /**
     * A number of basis points as a percentage with exactly two decimals, by integer arithmetic only:
     * 3334 bp is "33.34 %", never 33.3 or 33.340000001.
     */
    public static String percent(int bp) {
        String sign = bp < 0 ? "-" : "";
        long abs = Math.abs((long) bp);
        long hundredths = abs % 100;
        return sign + abs / 100 + "." + (hundredths < 10 ? "0" : "") + hundredths + " %";
    }
}
