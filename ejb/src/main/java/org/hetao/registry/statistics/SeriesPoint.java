package org.hetao.registry.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A point of a head-count series: the distinct people staffed in the period and the FTE they worked in it. */
public record SeriesPoint(LocalDate from, LocalDate to, long people, BigDecimal fte) {}
