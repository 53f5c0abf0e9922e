package org.hetao.registry.lucene;

/** One value of a facet and how many matching records carry it. */
public record FacetValue(String value, long count) {}
