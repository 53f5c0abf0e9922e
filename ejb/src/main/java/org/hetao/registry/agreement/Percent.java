package org.hetao.registry.agreement;

/**
 * Shows basis points (1 bp = 0.01 %) as a percentage with exactly two decimals, by integer
 * arithmetic only: 3334 bp is "33.34 %", never 33.3 or 33.340000001.
 */
public final class Percent {
    public static final int WHOLE = 10_000;

    private Percent() {
    }

    public static String format(int basisPoints) {
        String sign = basisPoints < 0 ? "-" : "";
        long abs = Math.abs((long) basisPoints);
        long hundredths = abs % 100;
        return sign + abs / 100 + "." + (hundredths < 10 ? "0" : "") + hundredths + " %";
    }
}
