package org.hetao.registry.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.statistics.RegistryStatistics.JurisdictionLicensing;
import org.hetao.registry.statistics.RegistryStatistics.ParkRole;
import org.hetao.registry.statistics.RegistryStatistics.SectorYear;
import org.hetao.registry.statistics.RegistryStatistics.Year;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The counts group in the database as the charts need them, within each reader's scope, on H2 and PostgreSQL. */
class StatisticsPersistenceTest {
    private static final LocalDate ON = LocalDate.of(2025, 9, 1);

    private static ProjectDetails project(
            String code, long lead, long partner, Confidentiality c, LocalDate start, Sector... sectors) {
        ProjectDetails d = ProjectSamples.withSectors(ProjectSamples.project(code, lead, partner), sectors);
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                start,
                null,
                c,
                d.participants(),
                d.funding());
    }

    /** A consortium project of 2025 in two sectors with two post-docs (one of them twice), a public one of 2026 with an asset filed in CN and PCT. */
    private static long[] world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person a = new Person(new PersonDetails("Chan Tai Man", "陳大文", null, hk.getId(), null));
            Person b = new Person(new PersonDetails("Li Wei", "李伟", null, sz.getId(), null));
            em.persist(a);
            em.persist(b);
            em.flush();
            Project consortium = new Project(project(
                    "HT-2025-0001",
                    hk.getId(),
                    sz.getId(),
                    Confidentiality.CONSORTIUM,
                    LocalDate.of(2025, 3, 1),
                    Sector.LIFE_HEALTH,
                    Sector.ARTIFICIAL_INTELLIGENCE));
            StaffingDetails postdocA = ProjectSamples.postdoc(a.getId());
            consortium.addStaff("", postdocA, Jurisdiction.HK);
            consortium.addStaff(
                    "", ProjectSamples.withDates(postdocA, LocalDate.of(2025, 8, 1), null), Jurisdiction.HK);
            consortium.addStaff("", ProjectSamples.postdoc(b.getId()), Jurisdiction.MAINLAND);
            em.persist(consortium);
            Project open = new Project(project(
                    "HT-2026-0002",
                    hk.getId(),
                    sz.getId(),
                    Confidentiality.PUBLIC,
                    LocalDate.of(2026, 1, 5),
                    Sector.ROBOTICS));
            em.persist(open);
            em.flush();
            IpAssetDetails patent = IpAssetSamples.patent(open.getId(), List.of());
            em.persist(new IpAsset(IpAssetSamples.with(
                    patent,
                    List.of(
                            patent.filings().get(0),
                            new FilingDetails(
                                    FilingJurisdiction.PCT,
                                    "PCT/CN2026/000123",
                                    null,
                                    LocalDate.of(2026, 4, 1),
                                    null,
                                    FilingStatus.FILED)),
                    List.of())));
            em.flush();
            return new long[] {hk.getId(), sz.getId()};
        });
    }

    private static StatisticsService service(jakarta.persistence.EntityManager em) {
        StatisticsService s = new StatisticsService();
        s.em = em;
        return s;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsEverythingForAReaderOfEverything(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            world(f);
            f.run(em -> {
                StatisticsService s = service(em);
                assertEquals(
                        List.of(new Year(2025, 1), new Year(2026, 1)), s.projectsByYear(ReadScope.EVERYTHING, null));
                assertEquals(
                        List.of(
                                new SectorYear("ARTIFICIAL_INTELLIGENCE", 2025, 1),
                                new SectorYear("LIFE_HEALTH", 2025, 1),
                                new SectorYear("ROBOTICS", 2026, 1)),
                        s.projectsBySectorAndYear(ReadScope.EVERYTHING, null));
                // each person once per park and role, however many lines they have
                assertEquals(
                        List.of(new ParkRole("SHENZHEN_PARK", "POSTDOC", 2)),
                        s.staffByParkAndRole(ReadScope.EVERYTHING, ON, null));
                assertEquals(List.of(), s.staffByParkAndRole(ReadScope.EVERYTHING, LocalDate.of(2024, 1, 1), null));
                assertEquals(
                        List.of(
                                new JurisdictionLicensing("CN", "NON_EXCLUSIVE", 1),
                                new JurisdictionLicensing("PCT", "NON_EXCLUSIVE", 1)),
                        s.ipAssetsByJurisdictionAndLicensing(ReadScope.EVERYTHING, null));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsOnlyWhatAnInvestorOrAnOutsideOfficeMayRead(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            world(f);
            f.run(em -> {
                StatisticsService s = service(em);
                ReadScope outsider = new ReadScope(false, false, 999_999L);
                for (ReadScope scope : List.of(ReadScope.INVESTOR, outsider)) {
                    assertEquals(List.of(new Year(2026, 1)), s.projectsByYear(scope, null));
                    assertEquals(List.of(new SectorYear("ROBOTICS", 2026, 1)), s.projectsBySectorAndYear(scope, null));
                    assertEquals(
                            List.of(),
                            s.staffByParkAndRole(scope, ON, null),
                            "the staff of the consortium project are not counted");
                    assertEquals(
                            2, s.ipAssetsByJurisdictionAndLicensing(scope, null).size());
                }
            });
        }
    }
}
