package org.hetao.registry.ipasset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IP asset service's access and If-Match rules, run as in the registry over H2, without the container. */
class IpAssetServiceTest {
    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null);
    private static final Caller INVESTOR = new Caller(9, "investor", Role.INVESTOR, null);

    private TestDatabase.Fixture db;
    private long hkust;
    private long outsider;
    private long inventor;
    private long consortiumProject;
    private long publicProject;

    @BeforeEach
    void world() {
        db = TestDatabase.H2.fresh();
        db.run(em -> {
            Institution a = new Institution(Samples.hkust());
            Institution b = new Institution(Samples.sustech());
            Institution c = new Institution(Samples.institution("OTHER", Jurisdiction.HK));
            em.persist(a);
            em.persist(b);
            em.persist(c);
            em.flush();
            Person p = new Person(new PersonDetails("Chan Tai Man", null, null, a.getId(), null));
            em.persist(p);
            em.flush();
            hkust = a.getId();
            outsider = c.getId();
            inventor = p.getId();
            consortiumProject = project(em, "HT-2026-0101", Confidentiality.CONSORTIUM, a.getId(), b.getId());
            publicProject = project(em, "HT-2026-0102", Confidentiality.PUBLIC, a.getId(), b.getId());
        });
    }

    private static long project(
            jakarta.persistence.EntityManager em,
            String code,
            Confidentiality confidentiality,
            long lead,
            long partner) {
        ProjectDetails d = org.hetao.registry.project.ProjectSamples.project(code, lead, partner);
        Project p = new Project(new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                confidentiality,
                d.participants(),
                d.funding()));
        em.persist(p);
        em.flush();
        return p.getId();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Caller tto(long institution) {
        return new Caller(7, "tto" + institution, Role.TTO, institution);
    }

    private <T> T as(Caller caller, Function<IpAssetService, T> work) {
        return db.inTransaction(em -> work.apply(new TestServices(em, db.emf(), caller).assets()));
    }

    private long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private IpAssetDetails patent(long project) {
        return IpAssetSamples.patent(project, List.of(new InventorDetails(inventor, 10000)));
    }

    @Test
    void anOfficeRegistersAnAssetOfItsOwnProjectAuditedAndQueuedForIndexing() {
        IpAsset a = as(tto(hkust), s -> s.create(patent(consortiumProject)));
        assertEquals(1, a.getVersion());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_log WHERE entity_kind = '" + IpAsset.KIND_NAME
                        + "' AND action = 'CREATE' AND entity_id = " + a.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE entity_id = " + a.getId()));
    }

    @Test
    void anOfficeCannotAddAnAssetToAProjectItTakesNoPartIn() {
        // a project it may not read is named as if it did not exist; one it may read, refused
        assertThrows(
                ReferenceNotFoundException.class, () -> as(tto(outsider), s -> s.create(patent(consortiumProject))));
        assertThrows(AccessDeniedException.class, () -> as(tto(outsider), s -> s.create(patent(publicProject))));
        assertEquals(0, count("SELECT COUNT(*) FROM ip_asset"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndRaisesIt() {
        IpAsset a = as(tto(hkust), s -> s.create(patent(consortiumProject)));
        IpAssetDetails higher = IpAssetSamples.atLevel(patent(consortiumProject), 6);
        assertThrows(StaleVersionException.class, () -> as(tto(hkust), s -> s.update(a.getId(), 0, higher)));
        assertEquals(2, as(tto(hkust), s -> s.update(a.getId(), 1, higher)).getVersion());
        assertThrows(StaleVersionException.class, () -> as(tto(hkust), s -> s.update(a.getId(), 1, higher)));
        assertThrows(
                StaleVersionException.class,
                () -> as(ADMIN, s -> {
                    s.delete(a.getId(), 1);
                    return null;
                }));
        assertEquals(6, as(ADMIN, s -> s.get(a.getId())).getReadinessLevel());
    }

    @Test
    void anOfficeOutsideTheProjectNeitherReadsNorChangesItsAssets() {
        IpAsset hidden = as(tto(hkust), s -> s.create(patent(consortiumProject)));
        assertThrows(NotFoundException.class, () -> as(tto(outsider), s -> s.get(hidden.getId())));
        IpAsset visible = as(tto(hkust), s -> s.create(patent(publicProject)));
        assertEquals(
                visible.getId(), as(tto(outsider), s -> s.get(visible.getId())).getId());
        assertThrows(
                AccessDeniedException.class,
                () -> as(tto(outsider), s -> s.update(visible.getId(), 1, patent(publicProject))));
        assertThrows(
                AccessDeniedException.class,
                () -> as(tto(outsider), s -> {
                    s.delete(visible.getId(), 1);
                    return null;
                }));
        assertEquals(1, as(ADMIN, s -> s.get(visible.getId())).getVersion());
    }

    @Test
    void anInvestorReadsOnlyPublicAssetsOfPublicProjectsOfferedForLicensing() {
        IpAsset offered = as(tto(hkust), s -> s.create(patent(publicProject)));
        IpAsset notOffered = as(
                tto(hkust),
                s -> s.create(IpAssetSamples.offered(
                        patent(publicProject),
                        new LocalizedText("Not offered.", null, null),
                        Licensing.NOT_AVAILABLE,
                        Confidentiality.PUBLIC)));
        IpAsset ofConsortium = as(tto(hkust), s -> s.create(patent(consortiumProject)));
        assertEquals(offered.getId(), as(INVESTOR, s -> s.get(offered.getId())).getId());
        assertThrows(NotFoundException.class, () -> as(INVESTOR, s -> s.get(notOffered.getId())));
        assertThrows(NotFoundException.class, () -> as(INVESTOR, s -> s.get(ofConsortium.getId())));
    }
}
