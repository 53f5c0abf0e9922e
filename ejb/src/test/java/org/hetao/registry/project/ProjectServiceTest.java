package org.hetao.registry.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.audit.AuditChain;
import org.hetao.registry.audit.AuditVerification;
import org.hetao.registry.audit.TestCheckpoints;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project service's access and If-Match rules, run as in the registry over H2, without the container. */
class ProjectServiceTest {
    private TestDatabase.Fixture db;
    private long hkust;
    private long sustech;
    private long outsider;
    private long postdoc;

    @BeforeEach
    void world() {
        db = TestDatabase.H2.fresh();
        db.run(em -> {
            Institution a = new Institution(Samples.hkust());
            Institution b = new Institution(Samples.sustech());
            Institution c =
                    new Institution(Samples.institution("OTHER", org.hetao.registry.institution.Jurisdiction.HK));
            em.persist(a);
            em.persist(b);
            em.persist(c);
            em.flush();
            Person p = new Person(new PersonDetails("Chan Tai Man", null, null, a.getId(), null));
            em.persist(p);
            em.flush();
            hkust = a.getId();
            sustech = b.getId();
            outsider = c.getId();
            postdoc = p.getId();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Caller tto(long institution) {
        return new Caller(7, "tto" + institution, Role.TTO, institution);
    }

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null);
    private static final Caller INVESTOR = new Caller(9, "investor", Role.INVESTOR, null);

    private <T> T as(Caller caller, java.util.function.Function<ProjectService, T> work) {
        return db.inTransaction(em -> work.apply(new TestServices(em, db.emf(), caller).projects()));
    }

    private long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private Project created(Caller caller, String code) {
        return as(
                caller,
                s -> s.create(ProjectSamples.project(code, hkust, sustech), List.of(ProjectSamples.postdoc(postdoc))));
    }

    @Test
    void anOfficeRegistersAProjectOfItsInstitutionWithItsStaffAuditedAndQueuedForIndexing() {
        Project p = created(tto(sustech), "HT-2026-0001");
        assertNotNull(p.getId());
        assertEquals(1, p.getVersion());
        assertEquals(1, p.getStaff().size());

        Project stored = as(ADMIN, s -> s.get(p.getId()));
        assertEquals("HT-2026-0001", stored.getCode());
        assertEquals(
                ProjectSamples.project("HT-2026-0001", hkust, sustech).funding().size(),
                stored.getFunding().size());
        assertEquals(p.getStaff().get(0).getId(), stored.getStaff().get(0).getId());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_log WHERE entity_kind = 'project' AND action = 'CREATE'"
                        + " AND actor = 'tto" + sustech + "' AND entity_id = " + p.getId()));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_log WHERE entity_kind = 'staffing' AND entity_id = "
                        + p.getStaff().get(0).getId()));
        assertEquals(2, count("SELECT COUNT(*) FROM outbox"));
        AuditVerification v = db.inTransaction(em -> TestAudit.chain().verify(em, TestCheckpoints.atEnd(em)));
        assertTrue(v.intact(), v.toString());
        assertEquals(2, AuditChainEnd.of(db));
        assertEquals(2, v.checked());
    }

    @Test
    void anOfficeCannotRegisterAProjectItsInstitutionIsNotPartOfAndNothingIsWritten() {
        assertThrows(AccessDeniedException.class, () -> created(tto(outsider), "HT-2026-0002"));
        assertEquals(0, count("SELECT COUNT(*) FROM project"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_log"));
        assertEquals(0, count("SELECT COUNT(*) FROM outbox"));
    }

    @Test
    void aCodeTakenIsRefusedAndTheRefusalIsAuditedThoughTheRequestRollsBack() {
        created(ADMIN, "HT-2026-0003");
        assertThrows(ProjectCodeTakenException.class, () -> created(tto(hkust), "ht-2026-0003"));
        assertEquals(1, count("SELECT COUNT(*) FROM project"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'REFUSED'"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndRaisesIt() {
        Project p = created(tto(hkust), "HT-2026-0004");
        ProjectDetails renamed = ProjectSamples.withDates(
                ProjectSamples.project("HT-2026-0004", hkust, sustech),
                java.time.LocalDate.of(2025, 4, 1),
                java.time.LocalDate.of(2027, 3, 31));
        StaleVersionException stale =
                assertThrows(StaleVersionException.class, () -> as(tto(hkust), s -> s.update(p.getId(), 0, renamed)));
        assertNotNull(stale.getMessage());
        Project updated = as(tto(hkust), s -> s.update(p.getId(), 1, renamed));
        assertEquals(2, updated.getVersion());
        assertThrows(StaleVersionException.class, () -> as(tto(hkust), s -> s.update(p.getId(), 1, renamed)));
        assertThrows(
                StaleVersionException.class,
                () -> as(ADMIN, s -> {
                    s.delete(p.getId(), 1);
                    return null;
                }));
        as(ADMIN, s -> {
            s.delete(p.getId(), 2);
            return null;
        });
        assertEquals(0, count("SELECT COUNT(*) FROM project"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE entity_kind = 'project' AND action = 'DELETE'"));
    }

    @Test
    void anOfficeOutsideTheProjectNeitherReadsNorChangesIt() {
        Project p = created(tto(hkust), "HT-2026-0005");
        assertThrows(NotFoundException.class, () -> as(tto(outsider), s -> s.get(p.getId())));
        assertThrows(
                NotFoundException.class,
                () -> as(
                        tto(outsider),
                        s -> s.update(p.getId(), 1, ProjectSamples.project("HT-2026-0005", hkust, sustech))));
        assertThrows(NotFoundException.class, () -> as(INVESTOR, s -> s.get(p.getId())));
        assertEquals(1, as(tto(sustech), s -> s.get(p.getId())).getVersion());
    }

    @Test
    void aPartnerCannotChangeTheRoleOfAnotherInstitution() {
        Project p = created(tto(hkust), "HT-2026-0006");
        ProjectDetails swapped = ProjectSamples.withParticipants(
                ProjectSamples.project("HT-2026-0006", hkust, sustech),
                ProjectSamples.lead(sustech),
                ProjectSamples.partner(hkust));
        assertThrows(AccessDeniedException.class, () -> as(tto(sustech), s -> s.update(p.getId(), 1, swapped)));
        assertEquals(1, as(ADMIN, s -> s.get(p.getId())).getVersion());
    }

    @Test
    void anInvestorReadsOnlyPublicProjects() {
        ProjectDetails d = ProjectSamples.project("HT-2026-0007", hkust, sustech);
        ProjectDetails open = new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                Confidentiality.PUBLIC,
                d.participants(),
                d.funding());
        Project p = as(ADMIN, s -> s.create(open, List.of()));
        assertEquals("HT-2026-0007", as(INVESTOR, s -> s.get(p.getId())).getCode());
        assertThrows(AccessDeniedException.class, () -> as(INVESTOR, s -> s.update(p.getId(), 1, open)));
    }

    /** The audit chain's end, as its head row says. */
    static final class AuditChainEnd {
        static long of(TestDatabase.Fixture db) {
            return db.inTransaction(em -> AuditChain.end(em).seq());
        }
    }
}
