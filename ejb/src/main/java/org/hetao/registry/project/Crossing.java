package org.hetao.registry.project;

import java.time.LocalDate;

/**
 * A member of a project's staff, of a mainland institution, who works in the Hong Kong park on a
 * given day, with their white-list registration and whether it lets them cross that day
 * ({@code covered}: APPROVED and valid on the day).
 */
public record Crossing(
        long staffingId,
        long projectId,
        String projectCode,
        long personId,
        String personNameEn,
        String personNameZh,
        long institutionId,
        String institution,
        StaffRole role,
        LocalDate startDate,
        LocalDate endDate,
        WhiteListStatus whiteListStatus,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean covered) {}
