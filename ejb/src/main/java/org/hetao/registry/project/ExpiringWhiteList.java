package org.hetao.registry.project;

import java.time.LocalDate;

/**
 * A staffing line whose white-list registration ends on {@code validUntil} while the person goes on
 * working in the Hong Kong park (the line is open-ended or ends later): the office of
 * {@code institutionId}, the employing institution, is to be told.
 */
public record ExpiringWhiteList(
        long staffingId,
        long projectId,
        String projectCode,
        long personId,
        String personName,
        long institutionId,
        LocalDate validUntil) {}
