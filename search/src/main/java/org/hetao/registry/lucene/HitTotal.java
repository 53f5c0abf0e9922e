package org.hetao.registry.lucene;

/**
 * How many records matched: exact up to {@link SearchLimits#TOTAL_HITS_THRESHOLD}; above it
 * reported as "at least" the threshold.
 */
public record HitTotal(long value, boolean exact) {

    /** The total as shown to people: {@code 42} or {@code 10000+}. */
    @Override
    public String toString() {
        return exact ? Long.toString(value) : value + "+";
    }
}
