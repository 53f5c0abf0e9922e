package org.hetao.registry.capital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A project's grants on both databases: exact amounts, by side and day, and the database's own checks. */
class GrantPersistenceTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesGrantsExactlyAndSumsThemPerSideAndCurrency(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            long[] ids = f.inTransaction(em -> {
                Institution hk = new Institution(Samples.hkust());
                Institution sz = new Institution(Samples.sustech());
                em.persist(hk);
                em.persist(sz);
                em.flush();
                Project p = new Project(ProjectSamples.project("HT-2026-0401", hk.getId(), sz.getId()));
                em.persist(p);
                em.flush();
                return new long[] {p.getId(), hk.getId(), sz.getId()};
            });
            long project = ids[0];
            f.run(em -> {
                GrantRepository repo = new GrantRepository(em);
                repo.add(new Grant(
                        project, withInstitution(GrantTest.grant("800000.10", "CNY", BoundarySide.MAINLAND), ids[2])));
                repo.add(new Grant(
                        project, withInstitution(GrantTest.grant("1000000", "HKD", BoundarySide.HK), ids[1])));
                repo.add(new Grant(
                        project, withInstitution(GrantTest.grant("199999.90", "CNY", BoundarySide.MAINLAND), ids[2])));
            });
            f.run(em -> {
                List<Grant> grants = new GrantRepository(em).ofProject(project);
                assertEquals(
                        List.of(BoundarySide.HK, BoundarySide.MAINLAND, BoundarySide.MAINLAND),
                        grants.stream().map(Grant::getSide).toList());
                assertEquals(
                        List.of(
                                new GrantTotal(BoundarySide.HK, GrantCurrency.HKD, new BigDecimal("1000000.00"), 1),
                                new GrantTotal(
                                        BoundarySide.MAINLAND, GrantCurrency.CNY, new BigDecimal("1000000.00"), 2)),
                        GrantTotal.of(grants));
            });
            String insert =
                    "INSERT INTO project_grant (id, version, project_id, institution_id, funder, scheme, amount,"
                            + " currency, side, awarded_date, start_date, end_date, created_at, updated_at) VALUES (%d, 1, "
                            + project + ", " + ids[1] + ", 'Funder', '%s', %s, '%s', 'HK', DATE '2026-01-01', %s,"
                            + " TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00')";
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(900001, "OTHER", "1", "USD", "NULL, NULL")));
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(900002, "OTHER", "-1", "HKD", "NULL, NULL")));
            assertThrows(
                    SQLException.class, () -> f.sql(insert.formatted(900003, "LOTTERY", "1", "HKD", "NULL, NULL")));
            assertThrows(
                    SQLException.class,
                    () -> f.sql(insert.formatted(900004, "OTHER", "1", "HKD", "DATE '2026-02-01', DATE '2026-01-31'")));
            assertThrows(
                    SQLException.class,
                    () -> f.sql("DELETE FROM project WHERE id = " + project),
                    "a project with grants is kept");
        }
    }

    private static GrantDetails withInstitution(GrantDetails d, long institutionId) {
        return new GrantDetails(
                institutionId,
                d.funder(),
                d.scheme(),
                d.programme(),
                d.awardReference(),
                d.amount(),
                d.currency(),
                d.side(),
                d.awardedDate(),
                d.startDate(),
                d.endDate());
    }
}
