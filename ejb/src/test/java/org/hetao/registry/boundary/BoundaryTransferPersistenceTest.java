package org.hetao.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transfers on both databases: stored with their consents and dates, listed by filter, and read only
 * by who may read their project — the project's read rule, for an investor, an office that takes no
 * part, a party's office and an administrator, with a public, a consortium and a confidential project.
 */
class BoundaryTransferPersistenceTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private record World(long hk, long sz, long other, long open, long consortium, long secret) {}

    private static ProjectDetails project(String code, long hk, long sz, Confidentiality c) {
        ProjectDetails d = ProjectSamples.project(code, hk, sz);
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                c,
                d.participants(),
                d.funding());
    }

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            Institution other = new Institution(Samples.institution("OTHERU", Jurisdiction.HK));
            em.persist(hk);
            em.persist(sz);
            em.persist(other);
            em.flush();
            Project open = new Project(project("HT-2026-0301", hk.getId(), sz.getId(), Confidentiality.PUBLIC));
            Project consortium =
                    new Project(project("HT-2026-0302", hk.getId(), sz.getId(), Confidentiality.CONSORTIUM));
            Project secret = new Project(project("HT-2026-0303", hk.getId(), sz.getId(), Confidentiality.CONFIDENTIAL));
            em.persist(open);
            em.persist(consortium);
            em.persist(secret);
            em.flush();
            return new World(hk.getId(), sz.getId(), other.getId(), open.getId(), consortium.getId(), secret.getId());
        });
    }

    private static TransferDetails samples(World w, ClearanceRoute route, String reference) {
        return new TransferDetails(
                TransferKind.BIOLOGICAL_SAMPLE,
                new LocalizedText("Serum samples", "血清樣本", "血清样本"),
                w.sz(),
                Park.SHENZHEN_PARK,
                w.hk(),
                Park.HK_PARK,
                route,
                reference,
                LocalDate.of(2026, 3, 2));
    }

    private static long add(TestDatabase.Fixture f, long projectId, TransferDetails d) {
        return f.inTransaction(em -> {
            BoundaryTransfer t = new BoundaryTransfer(projectId, d);
            new BoundaryTransferRepository(em).add(t);
            em.flush();
            return t.getId();
        });
    }

    private static Set<Long> visible(TestDatabase.Fixture f, ReadScope scope, TransferFilter filter) {
        return f.inTransaction(em -> new BoundaryTransferRepository(em)
                .list(filter, new PageRequest(1, 50, "requested", false), scope).items().stream()
                        .map(BoundaryTransfer::getId)
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesATransferWithItsConsentsAndDates(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = add(f, w.consortium(), samples(w, ClearanceRoute.GREEN_CHANNEL, "GC-2026-0042"));
            f.run(em -> {
                BoundaryTransfer t = new BoundaryTransferRepository(em).get(id);
                t.approve(w.sz(), "tto-sz", AT);
                t.approve(w.hk(), "tto-hk", AT);
                t.send(LocalDate.of(2026, 3, 5));
            });
            f.run(em -> {
                BoundaryTransfer t = new BoundaryTransferRepository(em).get(id);
                assertEquals(TransferStatus.IN_TRANSIT, t.getStatus());
                assertEquals("血清樣本", t.getDescription().zhHant());
                assertEquals("tto-hk", t.getReceiverApprovedBy());
                assertEquals(AT.toInstant(), t.getSenderApprovedAt().toInstant());
                assertEquals(LocalDate.of(2026, 3, 5), t.getSentDate());
                assertEquals(2, t.getVersion(), "one change of version for the three steps of one transaction");
                t.receive(LocalDate.of(2026, 3, 6));
            });
            f.run(em -> assertEquals(
                    TransferStatus.RECEIVED,
                    new BoundaryTransferRepository(em).get(id).getStatus()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTransferIsReadByWhoMayReadItsProject(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long open = add(f, w.open(), samples(w, ClearanceRoute.GREEN_CHANNEL, null));
            long consortium = add(f, w.consortium(), samples(w, ClearanceRoute.CUSTOMS_DECLARATION, null));
            long secret = add(f, w.secret(), samples(w, ClearanceRoute.GREEN_CHANNEL, null));
            TransferFilter all = TransferFilter.of(null);
            assertEquals(Set.of(open, consortium, secret), visible(f, ReadScope.EVERYTHING, all), "an administrator");
            assertEquals(
                    Set.of(open, consortium, secret),
                    visible(f, new ReadScope(false, false, w.hk()), all),
                    "a party's office");
            assertEquals(Set.of(open), visible(f, new ReadScope(false, false, w.other()), all), "another office");
            assertEquals(Set.of(open), visible(f, ReadScope.INVESTOR, all), "an investor: never a confidential one");
            assertEquals(
                    Set.of(),
                    visible(f, ReadScope.INVESTOR, TransferFilter.of(w.secret())),
                    "an investor, naming the confidential project");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsByStatusParkPartyAndKind(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long toHk = add(f, w.consortium(), samples(w, ClearanceRoute.GREEN_CHANNEL, null));
            long toSz = add(
                    f,
                    w.consortium(),
                    new TransferDetails(
                            TransferKind.PERSONAL_DATA,
                            new LocalizedText("Cohort records", null, null),
                            w.hk(),
                            Park.HK_PARK,
                            w.sz(),
                            Park.SHENZHEN_PARK,
                            ClearanceRoute.GBA_STANDARD_CONTRACT,
                            "GBA-SC-7",
                            LocalDate.of(2026, 4, 1)));
            f.run(em -> new BoundaryTransferRepository(em).get(toSz).cancel("tto-hk", "Not needed"));
            assertEquals(
                    Set.of(toHk),
                    visible(f, ReadScope.EVERYTHING, new TransferFilter(null, null, null, null, null, Park.HK_PARK)));
            assertEquals(
                    Set.of(toSz),
                    visible(
                            f,
                            ReadScope.EVERYTHING,
                            new TransferFilter(null, null, TransferStatus.CANCELLED, null, null, null)));
            assertEquals(
                    Set.of(toSz),
                    visible(
                            f,
                            ReadScope.EVERYTHING,
                            new TransferFilter(null, null, null, TransferKind.PERSONAL_DATA, null, null)));
            assertEquals(
                    Set.of(toHk, toSz),
                    visible(
                            f,
                            ReadScope.EVERYTHING,
                            new TransferFilter(w.consortium(), w.sz(), null, null, null, null)));
            assertEquals(
                    Set.of(),
                    visible(f, ReadScope.EVERYTHING, new TransferFilter(null, w.other(), null, null, null, null)));
            assertEquals(
                    List.of(toHk, toSz),
                    f.inTransaction(em -> new BoundaryTransferRepository(em)
                            .all(TransferFilter.of(w.consortium()), ReadScope.EVERYTHING).stream()
                                    .map(BoundaryTransfer::getId)
                                    .toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseKeepsEachStatusWithItsConsentsAndDates(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String insert =
                    "INSERT INTO boundary_transfer (id, version, project_id, kind, description_en, from_institution_id,"
                            + " from_park, to_institution_id, to_park, clearance_route, requested_date, status, sent_date,"
                            + " sender_approved_at, receiver_approved_at, created_at, updated_at) VALUES (%d, 1, "
                            + w.open()
                            + ", 'BIOLOGICAL_SAMPLE', 'x', " + w.sz() + ", '%s', " + w.hk()
                            + ", 'HK_PARK', 'GREEN_CHANNEL', DATE '2026-03-02', '%s', %s, %s, %s,"
                            + " TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00')";
            String ts = "TIMESTAMP WITH TIME ZONE '2026-03-03 09:00:00+00'";
            f.sql(insert.formatted(900001, "SHENZHEN_PARK", "DRAFT", "NULL", "NULL", "NULL"));
            assertThrows(
                    SQLException.class,
                    () -> f.sql(insert.formatted(900002, "HK_PARK", "DRAFT", "NULL", "NULL", "NULL")),
                    "within one park");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(insert.formatted(900003, "SHENZHEN_PARK", "APPROVED", "NULL", ts, "NULL")),
                    "APPROVED with one consent");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(insert.formatted(900004, "SHENZHEN_PARK", "IN_TRANSIT", "NULL", ts, ts)),
                    "IN_TRANSIT without the day sent");
            assertThrows(
                    SQLException.class,
                    () -> f.sql(insert.formatted(900005, "SHENZHEN_PARK", "IN_TRANSIT", "DATE '2026-03-01'", ts, ts)),
                    "sent before it was requested");
            f.sql(insert.formatted(900006, "SHENZHEN_PARK", "IN_TRANSIT", "DATE '2026-03-04'", ts, ts));
            assertThrows(
                    SQLException.class,
                    () -> f.sql("DELETE FROM project WHERE id = " + w.open()),
                    "a project with transfers is kept");
        }
    }
}
