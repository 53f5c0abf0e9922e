package org.hetao.registry.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.enquiry.EnquiryCount;
import org.hetao.registry.enquiry.EnquiryStatus;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.statistics.RegistryStatistics.ParkRole;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Head counts, series and technology-transfer figures read from the database within each reader's
 * scope, on H2 and PostgreSQL: what a reader may not read is not counted.
 */
class HeadCountPersistenceTest {
    private static final Period JANUARY = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

    private record World(long hk, long sz, long chan, long li, long openAsset, long secretAsset) {}

    private static ProjectDetails project(String code, long lead, long partner, Confidentiality c) {
        ProjectDetails d = ProjectSamples.project(code, lead, partner);
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                LocalDate.of(2025, 1, 1),
                null,
                c,
                d.participants(),
                d.funding());
    }

    private static StaffingDetails staff(long person, StaffRole role, int fte, LocalDate start, LocalDate end) {
        return new StaffingDetails(person, role, fte, start, end, Park.SHENZHEN_PARK, null, null, null);
    }

    private static OwnershipVersion owned(long asset, List<ShareDetails> shares) {
        return OwnershipVersion.first(
                asset, new OwnershipChange(shares, LocalDate.of(2026, 1, 1), "Joint development"), "admin");
    }

    /**
     * A confidential project with Chan (HKUST) full time and Li (SUSTech) half time as post-docs all
     * January, and a public one with Chan as an engineer at 50 % from 16 January; a public asset offered
     * for licensing owned by HKUST, and a confidential one owned by both, filed in CN and granted.
     */
    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person chan = new Person(new PersonDetails("Chan Tai Man", "陳大文", null, hk.getId(), null));
            Person li = new Person(new PersonDetails("Li Wei", "李伟", null, sz.getId(), null));
            em.persist(chan);
            em.persist(li);
            em.flush();
            Project secret = new Project(project("HT-2025-0001", hk.getId(), sz.getId(), Confidentiality.CONFIDENTIAL));
            secret.addStaff(
                    "", staff(chan.getId(), StaffRole.POSTDOC, 100, LocalDate.of(2025, 6, 1), null), Jurisdiction.HK);
            secret.addStaff(
                    "",
                    staff(li.getId(), StaffRole.POSTDOC, 50, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 31)),
                    Jurisdiction.MAINLAND);
            em.persist(secret);
            Project open = new Project(project("HT-2025-0002", hk.getId(), sz.getId(), Confidentiality.PUBLIC));
            open.addStaff(
                    "", staff(chan.getId(), StaffRole.ENGINEER, 50, LocalDate.of(2026, 1, 16), null), Jurisdiction.HK);
            em.persist(open);
            em.flush();
            IpAsset offered = new IpAsset(IpAssetSamples.patent(open.getId(), List.of()));
            IpAssetDetails hidden = IpAssetSamples.offered(
                    IpAssetSamples.patent(secret.getId(), List.of()),
                    null,
                    Licensing.NOT_AVAILABLE,
                    Confidentiality.CONFIDENTIAL);
            IpAsset confidential = new IpAsset(IpAssetSamples.with(
                    hidden,
                    List.of(new FilingDetails(
                            FilingJurisdiction.CN,
                            "CN202510999999.1",
                            "CN123456789B",
                            LocalDate.of(2025, 2, 1),
                            LocalDate.of(2026, 5, 4),
                            FilingStatus.GRANTED)),
                    List.of()));
            em.persist(offered);
            em.persist(confidential);
            em.flush();
            em.persist(owned(offered.getId(), List.of(new ShareDetails(hk.getId(), 10000))));
            em.persist(owned(
                    confidential.getId(),
                    List.of(new ShareDetails(hk.getId(), 5000), new ShareDetails(sz.getId(), 5000))));
            em.flush();
            return new World(hk.getId(), sz.getId(), chan.getId(), li.getId(), offered.getId(), confidential.getId());
        });
    }

    private static HeadCountService headCounts(jakarta.persistence.EntityManager em) {
        HeadCountService s = new HeadCountService();
        s.em = em;
        return s;
    }

    private static AutmService autm(jakarta.persistence.EntityManager em) {
        AutmService s = new AutmService();
        s.em = em;
        return s;
    }

    private static List<HeadCount> counts(
            jakarta.persistence.EntityManager em, ReadScope scope, HeadCountFilter filter, Period period) {
        return HeadCounts.byGroup(headCounts(em).lines(scope, filter, period), period);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsHeadsAndPersonTimeByParkInstitutionAndRole(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            f.run(em -> {
                // Chan: 1.0 all month as a post-doc, and 0.5 × 16/31 as an engineer; Li: 0.5 all month
                assertEquals(
                        List.of(
                                new HeadCount("SHENZHEN_PARK", w.hk(), "ENGINEER", 1, new BigDecimal("0.26")),
                                new HeadCount("SHENZHEN_PARK", w.hk(), "POSTDOC", 1, new BigDecimal("1.00")),
                                new HeadCount("SHENZHEN_PARK", w.sz(), "POSTDOC", 1, new BigDecimal("0.50"))),
                        counts(em, ReadScope.EVERYTHING, HeadCountFilter.ALL, JANUARY));
                assertEquals(
                        List.of(new HeadCount("SHENZHEN_PARK", w.sz(), "POSTDOC", 1, new BigDecimal("0.50"))),
                        counts(em, ReadScope.EVERYTHING, new HeadCountFilter(w.sz(), null, null), JANUARY));
                assertEquals(
                        List.of(new HeadCount("SHENZHEN_PARK", w.hk(), "POSTDOC", 1, new BigDecimal("1.00"))),
                        counts(
                                em,
                                ReadScope.EVERYTHING,
                                new HeadCountFilter(w.hk(), Park.SHENZHEN_PARK, StaffRole.POSTDOC),
                                Period.day(LocalDate.of(2026, 2, 1))));
                assertEquals(
                        List.of(),
                        counts(em, ReadScope.EVERYTHING, new HeadCountFilter(null, Park.HK_PARK, null), JANUARY));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherOfficeCountsOnlyTheStaffOfProjectsItMayRead(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            f.run(em -> {
                ReadScope outsider = new ReadScope(false, false, 999_999L);
                assertEquals(
                        List.of(new HeadCount("SHENZHEN_PARK", w.hk(), "ENGINEER", 1, new BigDecimal("0.26"))),
                        counts(em, outsider, HeadCountFilter.ALL, JANUARY),
                        "the confidential project's post-docs are not counted");
                ReadScope own = new ReadScope(false, false, w.sz());
                assertEquals(3, counts(em, own, HeadCountFilter.ALL, JANUARY).size());
                HeadCountService s = headCounts(em);
                List<StaffingLine> lines = s.lines(
                        outsider,
                        HeadCountFilter.ALL,
                        new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 28)));
                assertEquals(
                        List.of(0L, 0L, 1L, 1L),
                        Interval.MONTH.points(new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 28))).stream()
                                .map(p -> HeadCounts.total(lines, p).people())
                                .toList());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOverviewHonoursItsInstitutionFilter(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            f.run(em -> {
                StatisticsService s = new StatisticsService();
                s.em = em;
                LocalDate on = LocalDate.of(2026, 1, 20);
                assertEquals(
                        List.of(new ParkRole("SHENZHEN_PARK", "POSTDOC", 1)),
                        s.staffByParkAndRole(ReadScope.EVERYTHING, on, w.sz()));
                assertEquals(
                        List.of(
                                new ParkRole("SHENZHEN_PARK", "ENGINEER", 1),
                                new ParkRole("SHENZHEN_PARK", "POSTDOC", 2)),
                        s.staffByParkAndRole(ReadScope.EVERYTHING, on, null));
                assertEquals(List.of(), s.projectsByYear(ReadScope.EVERYTHING, 999_999L));
                assertEquals(
                        2, s.projectsByYear(ReadScope.EVERYTHING, w.sz()).get(0).count());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInvestorsFiguresDoNotRevealAConfidentialAsset(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            int thisYear = LocalDate.now(RegistryClock.ZONE).getYear();
            List<EnquiryCount> report = List.of(
                    new EnquiryCount("2026-03", w.openAsset(), EnquiryStatus.LICENSED, 1),
                    new EnquiryCount("2026-04", w.secretAsset(), EnquiryStatus.NEW, 2));
            f.run(em -> {
                AutmService s = autm(em);
                AutmReport all = s.metrics(ReadScope.EVERYTHING, report, null, 2025, thisYear);
                assertEquals(true, all.enquiries());
                AutmYear hk2025 = all.rows().get(0);
                assertEquals(new AutmYear(w.hk(), 2025, 0, 1, 0, 0L, 0L), hk2025, "the CN filing of 2025");
                assertEquals(
                        List.of(new AutmYear(w.sz(), 2025, 0, 1, 0, 0L, 0L)),
                        s.metrics(ReadScope.EVERYTHING, report, w.sz(), 2025, 2025)
                                .rows());
                long hkAssets = all.rows().stream()
                        .filter(r -> r.institutionId() == w.hk())
                        .mapToLong(AutmYear::assetsRegistered)
                        .sum();
                assertEquals(2, hkAssets);

                AutmReport investor = s.metrics(ReadScope.INVESTOR, null, null, 2025, thisYear);
                assertEquals(false, investor.enquiries());
                assertEquals(
                        1,
                        investor.rows().stream()
                                .mapToLong(AutmYear::assetsRegistered)
                                .sum(),
                        "only the public asset offered for licensing");
                assertEquals(
                        List.of(1L, 0L),
                        List.of(
                                investor.rows().stream()
                                        .mapToLong(AutmYear::filings)
                                        .sum(),
                                investor.rows().stream()
                                        .mapToLong(AutmYear::grants)
                                        .sum()),
                        "the public asset's CN filing only: the confidential asset's filing and grant are not counted");
                assertEquals(
                        List.of(),
                        investor.rows().stream()
                                .filter(r -> r.institutionId() == w.sz())
                                .toList(),
                        "SUSTech owns only the confidential asset: no row tells of it");
                assertEquals(
                        1L,
                        s.metrics(new ReadScope(false, false, 999_999L), report, null, 2025, thisYear).rows().stream()
                                .mapToLong(AutmYear::enquiries)
                                .sum(),
                        "enquiries about an asset the reader may not read are not counted");
            });
        }
    }
}
