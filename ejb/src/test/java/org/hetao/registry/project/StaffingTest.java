package org.hetao.registry.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.institution.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffingTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    private final Project project = new Project(ProjectSamples.project("HT-2025-0001", 1, 2));

    private static String failingField(Executable e) {
        return assertThrows(InvalidValueException.class, e).errors().get(0).field();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -5})
    void fteIsBetweenOneAndAHundredPercent(int fte) {
        assertEquals(
                "ftePercent",
                failingField(() ->
                        project.addStaff("", ProjectSamples.withFte(ProjectSamples.postdoc(1), fte), Jurisdiction.HK)));
        assertEquals(
                "staffing[2].ftePercent",
                failingField(() -> project.addStaff(
                        "staffing[2]", ProjectSamples.withFte(ProjectSamples.postdoc(1), fte), Jurisdiction.HK)));
    }

    @Test
    void acceptsTheEdgesOfTheFteRange() {
        project.addStaff("", ProjectSamples.withFte(ProjectSamples.postdoc(1), 1), Jurisdiction.HK);
        project.addStaff("", ProjectSamples.withFte(ProjectSamples.postdoc(1), 100), Jurisdiction.HK);
        assertEquals(2, project.getStaff().size());
    }

    @Test
    void endsNoEarlierThanItStarts() {
        assertEquals(
                "endDate",
                failingField(() -> project.addStaff(
                        "",
                        ProjectSamples.withDates(ProjectSamples.postdoc(1), FROM, FROM.minusDays(1)),
                        Jurisdiction.HK)));
        assertEquals(0, project.getStaff().size());
    }

    @Test
    void mainlandStaffInTheHongKongParkNeedAWhiteListStatus() {
        StaffingDetails none = ProjectSamples.inHongKongPark(1, null, null, null);
        assertEquals("whiteList.status", failingField(() -> project.addStaff("", none, Jurisdiction.MAINLAND)));
        project.addStaff("", none, Jurisdiction.HK);
        project.addStaff("", ProjectSamples.postdoc(1), Jurisdiction.MAINLAND);
        Staffing pendingElsewhere = project.addStaff(
                "", ProjectSamples.inHongKongPark(1, WhiteListStatus.PENDING, null, null), Jurisdiction.HK);
        assertEquals(WhiteListStatus.PENDING, pendingElsewhere.getWhiteList().getStatus());
        Staffing approved = project.addStaff(
                "", ProjectSamples.inHongKongPark(1, WhiteListStatus.APPROVED, FROM, UNTIL), Jurisdiction.MAINLAND);
        assertEquals(UNTIL, approved.getWhiteList().getValidUntil());
    }

    /**
     * Staff of a mainland institution working in the Hong Kong park from {@code start} to {@code end}
     * (empty: open-ended) with a registration of {@code status} valid from {@code from} to {@code until}:
     * accepted, or refused at {@code field} with {@code code}.
     */
    @ParameterizedTest(name = "{0} {3}..{4} for staff {1}..{2}: {5} {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "APPROVED, 2025-06-01, 2026-05-31, 2025-01-01, 2026-12-31, -, -",
                "APPROVED, 2025-06-01, 2026-05-31, 2025-06-01, 2026-05-31, -, -",
                "APPROVED, 2025-06-01, -, 2025-06-01, 2025-06-01, -, -",
                "APPROVED, 2024-01-01, 2024-12-31, 2020-01-01, 2020-12-31, whiteList.validUntil, white-list.period-not-covered",
                "APPROVED, 2025-06-01, 2026-05-31, 2025-06-02, 2026-12-31, whiteList.validFrom, white-list.period-not-covered",
                "APPROVED, 2025-06-01, 2026-05-31, 2025-01-01, 2026-05-30, whiteList.validUntil, white-list.period-not-covered",
                "APPROVED, 2025-06-01, -, 2024-01-01, 2025-05-31, whiteList.validUntil, white-list.period-not-covered",
                "EXPIRED, 2025-06-01, 2026-05-31, 2025-01-01, 2026-12-31, whiteList.status, white-list.not-approved",
                "EXPIRED, 2025-06-01, 2026-05-31, -, -, whiteList.status, white-list.not-approved",
                "PENDING, 2025-06-01, 2026-05-31, -, -, whiteList.status, white-list.not-approved",
                "REJECTED, 2025-06-01, 2026-05-31, -, -, whiteList.status, white-list.not-approved",
            })
    void theRegistrationMustBeApprovedForTheWholePeriod(
            WhiteListStatus status,
            LocalDate start,
            LocalDate end,
            LocalDate from,
            LocalDate until,
            String field,
            String code) {
        StaffingDetails line =
                ProjectSamples.withDates(ProjectSamples.inHongKongPark(1, status, from, until), start, end);
        if (field == null) {
            Staffing s = project.addStaff("", line, Jurisdiction.MAINLAND);
            assertEquals(until, s.getWhiteList().getValidUntil());
        } else {
            var error = assertThrows(
                            InvalidValueException.class, () -> project.addStaff("", line, Jurisdiction.MAINLAND))
                    .errors()
                    .get(0);
            assertEquals(field, error.field());
            assertEquals(code, error.code());
            assertEquals(0, project.getStaff().size());
        }
        // the same registration is no concern of staff of Hong Kong institutions, or of the Shenzhen park
        project.addStaff("", line, Jurisdiction.HK);
    }

    @Test
    void aRegistrationLetsItsHolderCrossOnlyOnTheDaysItIsApprovedFor() {
        Staffing s = project.addStaff(
                "", ProjectSamples.inHongKongPark(1, WhiteListStatus.APPROVED, FROM, UNTIL), Jurisdiction.MAINLAND);
        assertEquals(false, s.getWhiteList().validOn(FROM.minusDays(1)));
        assertEquals(true, s.getWhiteList().validOn(FROM));
        assertEquals(true, s.getWhiteList().validOn(UNTIL));
        assertEquals(false, s.getWhiteList().validOn(UNTIL.plusDays(1)));
        assertEquals(false, s.worksInTheHongKongParkOn(LocalDate.of(2025, 5, 31)));
        assertEquals(true, s.worksInTheHongKongParkOn(LocalDate.of(2025, 6, 1)));
        assertEquals(true, s.worksInTheHongKongParkOn(LocalDate.of(2030, 6, 1)));
    }

    @Test
    void anApprovedRegistrationStatesAValidPeriod() {
        assertEquals(
                "whiteList.validFrom",
                failingField(() -> project.addStaff(
                        "",
                        ProjectSamples.inHongKongPark(1, WhiteListStatus.APPROVED, null, UNTIL),
                        Jurisdiction.MAINLAND)));
        assertEquals(
                "whiteList.validUntil",
                failingField(() -> project.addStaff(
                        "",
                        ProjectSamples.inHongKongPark(1, WhiteListStatus.APPROVED, FROM, null),
                        Jurisdiction.MAINLAND)));
        assertEquals(
                "whiteList.validUntil",
                failingField(() -> project.addStaff(
                        "",
                        ProjectSamples.inHongKongPark(1, WhiteListStatus.EXPIRED, UNTIL, FROM),
                        Jurisdiction.MAINLAND)));
        assertEquals(
                "whiteList.status",
                failingField(() ->
                        project.addStaff("", ProjectSamples.inHongKongPark(1, null, FROM, UNTIL), Jurisdiction.HK)));
    }

    @Test
    void aFailedChangeLeavesTheStaffingAsItWas() {
        Staffing s = project.addStaff("", ProjectSamples.postdoc(1), Jurisdiction.MAINLAND);
        StaffingDetails before = s.details();
        StaffingDetails moved = ProjectSamples.inHongKongPark(2, null, null, null);
        assertThrows(InvalidValueException.class, () -> s.describe("", moved, Jurisdiction.MAINLAND));
        assertEquals(before, s.details());
        assertNull(s.getWhiteList());
    }
}
