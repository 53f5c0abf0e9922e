package org.hetao.registry.lucene;

import java.util.Arrays;

/**
 * The facets a search counts and filters on. Values are plain strings: {@link #TYPE} uses {@link
 * DocType#urlName()}, {@link #READINESS} the level 1–9 and {@link #YEAR} four digits.
 */
public enum Facet {
    TYPE("type", false),
    SECTOR("sector", true),
    JURISDICTION("jurisdiction", true),
    INSTITUTION("institution", true),
    STATUS("status", false),
    LICENSING("licensing", false),
    READINESS("readiness", false),
    YEAR("year", false);

    private final String dimension;
    private final boolean multiValued;

    Facet(String dimension, boolean multiValued) {
        this.dimension = dimension;
        this.multiValued = multiValued;
    }

    /** The facet's name in the index and in URLs. */
    public String dimension() {
        return dimension;
    }

    /** Whether one record may carry several values of this facet. */
    public boolean multiValued() {
        return multiValued;
    }

    /**
     * The facet with the given name.
     *
     * @throws IllegalArgumentException if no facet has that name
     */
    public static Facet fromDimension(String dimension) {
        return Arrays.stream(values())
                .filter(f -> f.dimension.equals(dimension))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown facet: " + dimension));
    }
}
