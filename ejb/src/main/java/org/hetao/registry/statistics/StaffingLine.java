package org.hetao.registry.statistics;

import java.time.LocalDate;

/**
 * One staffing as the head counts need it: who (and their home institution), where, in what role,
 * at what share of full time (in percent, 1 to 100) and when (a null end is open).
 */
public record StaffingLine(
        long personId, long institutionId, String park, String role, int ftePercent, LocalDate start, LocalDate end) {}
