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
        Staffing pending = project.addStaff(
                "", ProjectSamples.inHongKongPark(1, WhiteListStatus.PENDING, null, null), Jurisdiction.MAINLAND);
        assertEquals(WhiteListStatus.PENDING, pending.getWhiteList().getStatus());
        Staffing approved = project.addStaff(
                "", ProjectSamples.inHongKongPark(1, WhiteListStatus.APPROVED, FROM, UNTIL), Jurisdiction.MAINLAND);
        assertEquals(UNTIL, approved.getWhiteList().getValidUntil());
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
