package org.hetao.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded random source with the few draws the generator needs; the same seed gives the same draws. */
final class DemoDice {
    private final Random random;

    DemoDice(long seed) {
        this.random = new Random(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn with the given weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Up to {@code n} distinct values, in the order drawn. */
    <T> List<T> sample(List<T> values, int n) {
        List<T> pool = new ArrayList<>(values);
        List<T> result = new ArrayList<>();
        while (result.size() < n && !pool.isEmpty()) {
            result.add(pool.remove(random.nextInt(pool.size())));
        }
        return result;
    }

    /** A date from {@code first} to {@code last}, both included ({@code first} if {@code last} is earlier). */
    LocalDate dateBetween(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays(random.nextInt((int) days + 1));
    }

    /** A string of decimal digits. */
    String digits(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
