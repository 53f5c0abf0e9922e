package org.hetao.registry.project;

import java.time.LocalDate;

/** A person on a project's staff, as a client states it; the white-list fields are for mainland staff. */
public record StaffingDetails(
        Long personId,
        StaffRole role,
        Integer ftePercent,
        LocalDate startDate,
        LocalDate endDate,
        Park park,
        WhiteListStatus whiteListStatus,
        LocalDate whiteListFrom,
        LocalDate whiteListUntil) {}
