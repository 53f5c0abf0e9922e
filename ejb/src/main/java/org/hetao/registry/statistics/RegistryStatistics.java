package org.hetao.registry.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of the records a caller may read: projects by start year, and by sector and start year (a
 * project with two sectors counts in both), people on staff by park and role on a date (each person once per park and
 * role), and IP assets by filing jurisdiction (NONE: no filing; an asset filed in two counts in both)
 * and licensing. With an institution: only the projects it takes part in, its own people on staff and
 * the IP assets of its projects ({@code institutionId} is null for all).
 */
public record RegistryStatistics(
        LocalDate staffOn,
        Long institutionId,
        List<Year> projectsByYear,
        List<SectorYear> projects,
        List<ParkRole> staff,
        List<JurisdictionLicensing> ipAssets) {

    public record Year(int year, long count) {}

    public record SectorYear(String sector, int year, long count) {}

    public record ParkRole(String park, String role, long count) {}

    public record JurisdictionLicensing(String jurisdiction, String licensing, long count) {}
}
