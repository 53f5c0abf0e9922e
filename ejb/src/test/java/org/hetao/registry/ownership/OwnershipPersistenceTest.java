package org.hetao.registry.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OwnershipPersistenceTest {
    private record World(long hk, long sz, long asset) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            Project p = new Project(ProjectSamples.project("HT-2026-0001", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(
                    IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
            em.persist(a);
            em.flush();
            return new World(hk.getId(), sz.getId(), a.getId());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsEveryVersionAndItsShares(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            OwnershipVersion v1 = OwnershipVersion.first(
                    w.asset(),
                    OwnershipVersionTest.change(
                            LocalDate.of(2026, 1, 1), new ShareDetails(w.hk(), 6667), new ShareDetails(w.sz(), 3333)),
                    "admin");
            f.run(em -> em.persist(v1));
            OwnershipVersion v2 = v1.next(
                    OwnershipVersionTest.change(
                            LocalDate.of(2026, 7, 1), new ShareDetails(w.hk(), 5000), new ShareDetails(w.sz(), 5000)),
                    "admin");
            f.run(em -> em.persist(v2));
            List<OwnershipVersion> history = f.inTransaction(em -> em.createQuery(
                            "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo",
                            OwnershipVersion.class)
                    .setParameter("a", w.asset())
                    .getResultList());
            assertEquals(2, history.size());
            assertEquals(6667, history.get(0).getShares().get(0).getShareBp());
            assertEquals(5000, history.get(1).getShares().get(1).getShareBp());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyOneVersionOfEachNumberCanBeStored(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            OwnershipVersion v1 = OwnershipVersion.first(
                    w.asset(),
                    OwnershipVersionTest.change(LocalDate.of(2026, 1, 1), new ShareDetails(w.hk(), 10000)),
                    "a");
            f.run(em -> em.persist(v1));
            OwnershipVersion rival = OwnershipVersion.first(
                    w.asset(),
                    OwnershipVersionTest.change(LocalDate.of(2026, 1, 1), new ShareDetails(w.sz(), 10000)),
                    "b");
            assertThrows(PersistenceException.class, () -> f.run(em -> em.persist(rival)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRejectsBadSharesAndTotals(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String version = version(w);
            assertThrows(SQLException.class, () -> f.sql(version.formatted(1, 1, 9999)));
            String share = SHARE.replace("%V", "2");
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(f, version.formatted(2, 1, 10000), share.formatted(w.hk(), 0)));
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(f, version.formatted(2, 1, 10000), share.formatted(w.hk(), 10001)));
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(
                            f,
                            version.formatted(2, 1, 10000),
                            share.formatted(999_999, 5000),
                            share.formatted(w.hk(), 5000)));
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(
                            f,
                            version.formatted(2, 1, 10000),
                            share.formatted(w.hk(), 5000),
                            share.formatted(w.hk(), 5000)));
            inOneTransaction(
                    f, version.formatted(2, 1, 10000), share.formatted(w.hk(), 5000), share.formatted(w.sz(), 5000));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesAVersionWhoseSharesDoNotSumToItsTotal(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String version = version(w);
            inOneTransaction(
                    f,
                    version.formatted(1, 1, 10000),
                    SHARE.replace("%V", "1").formatted(w.hk(), 6000),
                    SHARE.replace("%V", "1").formatted(w.sz(), 4000));
            assertEquals(10000, sum(f, 1));

            // more than the total: refused on both databases
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(
                            f,
                            version.formatted(2, 2, 10000),
                            SHARE.replace("%V", "2").formatted(w.hk(), 6000),
                            SHARE.replace("%V", "2").formatted(w.sz(), 5000)));
            assertEquals(0, sum(f, 2));
            // a recorded share raised past the total: refused on both databases
            assertThrows(
                    SQLException.class,
                    () -> inOneTransaction(
                            f,
                            "UPDATE ownership_share SET share_bp = 7000 WHERE ownership_version_id = 1 AND institution_id = "
                                    + w.hk()));
            assertEquals(10000, sum(f, 1));

            if (db == TestDatabase.POSTGRESQL) {
                // PostgreSQL checks the sum when the transaction commits: a version whose shares fall
                // short, and a recorded version's share removed or lowered, are refused too (H2 checks
                // each statement as it runs and cannot tell a short sum from shares still to come)
                assertThrows(
                        SQLException.class,
                        () -> inOneTransaction(
                                f,
                                version.formatted(3, 2, 10000),
                                SHARE.replace("%V", "3").formatted(w.hk(), 6000)));
                assertEquals(0, sum(f, 3));
                assertThrows(
                        SQLException.class,
                        () -> inOneTransaction(
                                f,
                                "DELETE FROM ownership_share WHERE ownership_version_id = 1 AND institution_id = "
                                        + w.sz()));
                assertThrows(
                        SQLException.class,
                        () -> inOneTransaction(
                                f,
                                "UPDATE ownership_share SET share_bp = 5000 WHERE ownership_version_id = 1 AND institution_id = "
                                        + w.hk()));
                assertEquals(10000, sum(f, 1));
            }
        }
    }

    private static final String SHARE =
            "INSERT INTO ownership_share (ownership_version_id, institution_id, share_bp) VALUES (%V, %d, %d)";

    private static String version(World w) {
        return "INSERT INTO ownership_version (id, ip_asset_id, version_no, effective_from, reason, total_bp, recorded_at, recorded_by) "
                + "VALUES (%d, " + w.asset() + ", %d, DATE '2026-01-01', 'r', %d, CURRENT_TIMESTAMP, 'x')";
    }

    /** Runs the statements in one transaction, as the registry writes a version and its shares. */
    private static void inOneTransaction(TestDatabase.Fixture f, String... statements) throws SQLException {
        try (Connection c = f.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static long sum(TestDatabase.Fixture f, long version) throws SQLException {
        try (Connection c = f.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT COALESCE(SUM(share_bp), 0) FROM ownership_share WHERE ownership_version_id = "
                                + version)) {
            r.next();
            return r.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAnAssetWithFilingsAndInventors(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            IpAsset read = f.inTransaction(em -> em.find(IpAsset.class, w.asset()));
            assertEquals("CN202610123456.7", read.getFilings().get(0).getApplicationNumber());
            assertEquals(10000, read.getInventors().get(0).getShareBp());
            assertEquals("濕實驗室自動化軟夾爪", read.getTitle().zhHant());
        }
    }
}
