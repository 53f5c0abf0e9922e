package org.hetao.registry.statistics;

import java.math.BigDecimal;

/**
 * The staff of one park, institution and role over a period: {@code people} is the number of distinct
 * people staffed on at least one of its days; {@code fte} the full-time equivalents worked in it
 * (person-time, see {@link HeadCounts}), to two decimals.
 */
public record HeadCount(String park, long institutionId, String role, long people, BigDecimal fte) {}
