package org.hetao.registry.recordal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recordals, their parties and the record of warnings sent, on both databases. */
class RecordalPersistenceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private record World(long hk, long sz, long asset, long v1, long v2) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            Project p = new Project(ProjectSamples.project("HT-2026-0201", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(
                    IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
            em.persist(a);
            em.flush();
            OwnershipVersion v1 = OwnershipVersion.first(
                    a.getId(),
                    new OwnershipChange(
                            List.of(new ShareDetails(hk.getId(), 10000)), LocalDate.of(2026, 1, 1), "Invention"),
                    "admin");
            em.persist(v1);
            em.flush();
            // HKUST assigns the asset to SUSTech
            OwnershipVersion v2 = v1.next(
                    new OwnershipChange(
                            List.of(new ShareDetails(sz.getId(), 10000)), LocalDate.of(2026, 3, 1), "Assignment"),
                    "admin");
            em.persist(v2);
            em.flush();
            return new World(hk.getId(), sz.getId(), a.getId(), v1.getId(), v2.getId());
        });
    }

    private static RecordalDetails cnipa(RecordalStatus status, LocalDate filed, LocalDate recorded) {
        return new RecordalDetails(
                RecordalOffice.CNIPA, RecordalType.ASSIGNMENT, null, status, filed, "2026-ZL-0042", recorded, null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesRecordalsWithTheirAssetAndNamesTheParties(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = f.inTransaction(em -> {
                Recordal r = new Recordal(
                        RecordalSubject.OWNERSHIP_VERSION,
                        w.v2(),
                        w.asset(),
                        LocalDate.of(2026, 3, 1),
                        cnipa(RecordalStatus.FILED, LocalDate.of(2026, 3, 10), null));
                new RecordalRepository(em).add(r);
                em.flush();
                return r.getId();
            });
            f.run(em -> {
                RecordalRepository repo = new RecordalRepository(em);
                Recordal read = repo.get(id);
                assertEquals(RecordalStatus.FILED, read.getStatus());
                assertEquals(LocalDate.of(2026, 3, 1), read.getEffectiveDate());
                assertEquals(
                        List.of(id),
                        repo.ofAsset(w.asset()).stream().map(Recordal::getId).toList());
                assertEquals(
                        1, repo.of(RecordalSubject.OWNERSHIP_VERSION, w.v2()).size());
                assertEquals(
                        0, repo.of(RecordalSubject.OWNERSHIP_VERSION, w.v1()).size());
                // the assignor (owner of version 1) and the assignee (owner of version 2)
                assertEquals(
                        Set.of(w.hk(), w.sz()),
                        repo.parties(repo.ownershipVersion(w.v2()).orElseThrow()));
                assertEquals(
                        Set.of(w.hk()),
                        repo.parties(repo.ownershipVersion(w.v1()).orElseThrow()));
                assertEquals(1, repo.open(0, 10).size());
                read.describe(
                        cnipa(RecordalStatus.RECORDED, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 2)),
                        LocalDate.of(2026, 3, 1));
            });
            f.run(em -> {
                RecordalRepository repo = new RecordalRepository(em);
                assertEquals(2, repo.get(id).getVersion());
                assertEquals(0, repo.open(0, 10).size(), "a RECORDED recordal needs nothing more");
                assertFalse(repo.warned(id, CnipaAssignmentRegistration.CODE));
                repo.add(new RecordalWarningSent(id, CnipaAssignmentRegistration.CODE, NOW));
            });
            f.run(em -> assertTrue(new RecordalRepository(em).warned(id, CnipaAssignmentRegistration.CODE)));
            assertThrows(
                    RuntimeException.class,
                    () -> f.run(em -> new RecordalRepository(em)
                            .add(new RecordalWarningSent(id, CnipaAssignmentRegistration.CODE, NOW))),
                    "a warning is recorded once");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseKeepsEachStatusWithItsDate(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String columns =
                    "INSERT INTO recordal (id, version, subject_kind, subject_id, ip_asset_id, office, recordal_type,"
                            + " effective_date, status, filed_date, recorded_date, created_at, updated_at) VALUES (";
            String rest = ", 1, 'OWNERSHIP_VERSION', " + w.v2() + ", " + w.asset()
                    + ", 'CNIPA', 'ASSIGNMENT', DATE '2026-03-01', ";
            String times =
                    ", TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00')";
            assertThrows(
                    SQLException.class,
                    () -> f.sql(columns + "900001" + rest + "'RECORDED', DATE '2026-03-05', NULL" + times),
                    "RECORDED without its date");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(columns + "900002" + rest + "'FILED', NULL, NULL" + times),
                    "FILED without its date");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(columns + "900003" + rest + "'RECORDED', DATE '2026-03-05', DATE '2026-03-04'" + times),
                    "recorded before it was filed");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(columns.replace("'CNIPA'", "'XX'") + "900004" + rest.replace("'CNIPA'", "'SIPO'")
                            + "'TO_DO', NULL, NULL" + times),
                    "an office off the list");
        }
    }
}
