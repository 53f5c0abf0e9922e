package org.hetao.registry.demo;

import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.common.BasisPoints;

/**
 * Splits of 10,000 basis points among a number of holders, each share above zero. Besides even and
 * random splits it deals the awkward ones that do not divide evenly: 6667/3333 and 3334/3333/3333.
 */
final class DemoShares {
    private final DemoDice dice;

    DemoShares(DemoDice dice) {
        this.dice = dice;
    }

    List<Integer> split(int holders) {
        if (holders < 1) {
            throw new IllegalArgumentException("at least one holder");
        }
        if (holders == 1) {
            return List.of(BasisPoints.WHOLE);
        }
        if (holders == 2) {
            return switch (dice.weighted(3, 3, 2, 2)) {
                case 0 -> List.of(5000, 5000);
                case 1 -> List.of(6667, 3333);
                case 2 -> List.of(7000, 3000);
                default -> random(2);
            };
        }
        if (holders == 3) {
            return switch (dice.weighted(4, 2, 3)) {
                case 0 -> List.of(3334, 3333, 3333);
                case 1 -> List.of(5000, 2500, 2500);
                default -> random(3);
            };
        }
        return random(holders);
    }

    /** Random weights of 1 to 10, scaled down to basis points; the rounding remainder goes to the first holder. */
    private List<Integer> random(int holders) {
        int[] weights = new int[holders];
        int total = 0;
        for (int i = 0; i < holders; i++) {
            weights[i] = dice.between(1, 10);
            total += weights[i];
        }
        List<Integer> shares = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < holders; i++) {
            int bp = BasisPoints.WHOLE * weights[i] / total;
            shares.add(bp);
            sum += bp;
        }
        shares.set(0, shares.get(0) + BasisPoints.WHOLE - sum);
        return shares;
    }
}
