package org.hetao.registry.project;

import static org.hetao.registry.project.ProjectSamples.lead;
import static org.hetao.registry.project.ProjectSamples.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectPersistenceTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    /** Ids of the institutions and people a test works with. */
    private record World(long hk, long mainland, long other, long hkPerson, long mainlandPerson) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution mainland = new Institution(Samples.sustech());
            Institution other = new Institution(Samples.institution("ACME", Jurisdiction.OVERSEAS));
            List.of(hk, mainland, other).forEach(em::persist);
            em.flush();
            Person a = new Person(new PersonDetails("Chan Tai Man", "陳大文", null, hk.getId(), null));
            Person b = new Person(new PersonDetails("Li Wei", "李伟", null, mainland.getId(), null));
            em.persist(a);
            em.persist(b);
            em.flush();
            return new World(hk.getId(), mainland.getId(), other.getId(), a.getId(), b.getId());
        });
    }

    private static long store(
            TestDatabase.Fixture f, ProjectDetails details, List<StaffingDetails> staff, Jurisdiction home) {
        return f.inTransaction(em -> {
            Project p = new Project(details);
            staff.forEach(s -> p.addStaff("", s, home));
            em.persist(p);
            em.flush();
            return p.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAndReadsBackAFullProjectWithItsStaff(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            ProjectDetails details = ProjectSamples.project("HT-2025-0042", w.hk(), w.mainland());
            StaffingDetails approved =
                    ProjectSamples.inHongKongPark(w.mainlandPerson(), WhiteListStatus.APPROVED, FROM, UNTIL);
            StaffingDetails postdoc = ProjectSamples.postdoc(w.hkPerson());
            long id = store(f, details, List.of(approved, postdoc), Jurisdiction.MAINLAND);

            f.run(em -> {
                Project read = em.find(Project.class, id);
                assertEquals(new Project(details).details(), read.details());
                assertEquals(1, read.getVersion());
                assertEquals(w.hk(), read.getLeadInstitutionId());
                assertEquals(
                        List.of(approved, postdoc),
                        read.getStaff().stream().map(Staffing::details).toList());
                assertEquals(1, read.getStaff().get(0).getVersion());
                assertNull(read.getStaff().get(1).getWhiteList());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void replacesParticipantsFundingAndKeywordsAndStaff(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            ProjectDetails first = ProjectSamples.project("HT-2025-0043", w.hk(), w.mainland());
            long id = store(f, first, List.of(ProjectSamples.postdoc(w.hkPerson())), Jurisdiction.HK);
            // the lead moves to another institution, a partner becomes a funder, one joins
            ProjectDetails second = ProjectSamples.withKeywords(
                    ProjectSamples.withFunding(
                            ProjectSamples.withParticipants(
                                    first,
                                    new ParticipantDetails(w.hk(), ParticipantRole.FUNDER),
                                    lead(w.mainland()),
                                    partner(w.other())),
                            ProjectSamples.funding("12.50", "USD")),
                    List.of("medical imaging", "federated learning"));
            f.run(em -> {
                Project p = em.find(Project.class, id);
                p.describe(second);
                Staffing s = p.getStaff().get(0);
                s.describe("", ProjectSamples.withFte(s.details(), 40), Jurisdiction.HK);
                p.addStaff(
                        "",
                        ProjectSamples.inHongKongPark(w.mainlandPerson(), WhiteListStatus.APPROVED, FROM, UNTIL),
                        Jurisdiction.MAINLAND);
            });
            f.run(em -> {
                Project read = em.find(Project.class, id);
                assertEquals(new Project(second).details(), read.details());
                assertEquals(2, read.getVersion());
                assertEquals(w.mainland(), read.getLeadInstitutionId());
                assertEquals(
                        List.of(40, 50),
                        read.getStaff().stream().map(Staffing::getFtePercent).toList());
                assertEquals(2, read.getStaff().get(0).getVersion());
                read.removeStaff(read.getStaff().get(0));
                em.lock(read, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            });
            f.run(em -> {
                Project read = em.find(Project.class, id);
                assertEquals(1, read.getStaff().size());
                assertEquals(3, read.getVersion());
                em.remove(read);
            });
            f.run(em -> assertEquals(
                    0L,
                    em.createQuery("SELECT COUNT(s) FROM Staffing s", Long.class)
                            .getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsProjectsBySectorInstitutionYearAndText(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            store(f, ProjectSamples.project("HT-2025-0001", w.hk(), w.mainland()), List.of(), Jurisdiction.HK);
            ProjectDetails old = ProjectSamples.withSectors(
                    ProjectSamples.project("HT-2019-0002", w.mainland(), w.other()),
                    Sector.ROBOTICS,
                    Sector.ARTIFICIAL_INTELLIGENCE);
            store(
                    f,
                    ProjectSamples.withDates(old, LocalDate.of(2019, 5, 1), LocalDate.of(2020, 4, 30)),
                    List.of(),
                    Jurisdiction.HK);
            f.run(em -> {
                ProjectRepository repo = new ProjectRepository(em);
                PageRequest byCode = PageRequest.of(1, 10, "code", ProjectRepository.SORT_KEYS.keySet(), "code");
                assertEquals(
                        List.of("HT-2019-0002", "HT-2025-0001"),
                        codes(repo.list(filter(null, null, null, null), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        List.of("HT-2025-0001"),
                        codes(repo.list(filter(null, Sector.LIFE_HEALTH, null, null), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        List.of("HT-2019-0002"),
                        codes(repo.list(filter(null, Sector.ROBOTICS, null, null), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        2,
                        repo.list(
                                        filter(null, Sector.ARTIFICIAL_INTELLIGENCE, null, null),
                                        byCode,
                                        ReadScope.EVERYTHING)
                                .total());
                assertEquals(
                        List.of("HT-2019-0002"),
                        codes(repo.list(filter(null, null, w.other(), null), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        0,
                        repo.list(filter(null, Sector.ENERGY, null, null), byCode, ReadScope.EVERYTHING)
                                .total());
                assertEquals(
                        2,
                        repo.list(filter(null, null, w.mainland(), null), byCode, ReadScope.EVERYTHING)
                                .total());
                assertEquals(
                        List.of("HT-2019-0002"),
                        codes(repo.list(filter(null, null, null, 2020), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        List.of("HT-2025-0001"),
                        codes(repo.list(filter(null, null, null, 2026), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        List.of("HT-2025-0001"),
                        codes(repo.list(filter("2025", null, null, null), byCode, ReadScope.EVERYTHING)));
                assertEquals(
                        2,
                        repo.list(filter("人工智能", null, null, null), byCode, ReadScope.EVERYTHING)
                                .total());
                PageRequest byStartDesc = PageRequest.of(1, 1, "-start", ProjectRepository.SORT_KEYS.keySet(), "code");
                Page<Project> page = repo.list(filter(null, null, null, null), byStartDesc, ReadScope.EVERYTHING);
                assertEquals(List.of("HT-2025-0001"), codes(page));
                assertEquals(2, page.total());
                assertEquals(0, repo.countIpAssets(page.items().get(0).getId()));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPageReadsTheSectorsAndParticipantsOfAllItsProjectsTogether(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            for (int i = 1; i <= 12; i++) {
                store(
                        f,
                        ProjectSamples.project(String.format("HT-2025-%04d", i), w.hk(), w.mainland()),
                        List.of(),
                        Jurisdiction.HK);
            }
            f.emf().getCache().evictAll();
            f.run(em -> {
                AtomicInteger statements = new AtomicInteger();
                em.unwrap(JpaEntityManager.class)
                        .getServerSession()
                        .getEventManager()
                        .addListener(new SessionEventAdapter() {
                            @Override
                            public void preExecuteCall(SessionEvent event) {
                                statements.incrementAndGet();
                            }
                        });
                PageRequest byCode = PageRequest.of(1, 10, "code", ProjectRepository.SORT_KEYS.keySet(), "code");
                Page<Project> page =
                        new ProjectRepository(em).list(filter(null, null, null, null), byCode, ReadScope.EVERYTHING);
                int sectors = page.items().stream()
                        .mapToInt(p -> p.getSectors().size())
                        .sum();
                int participants = page.items().stream()
                        .mapToInt(p -> p.getParticipants().size())
                        .sum();
                assertEquals(10, page.items().size());
                assertEquals(12, page.total());
                assertEquals(20, participants);
                assertEquals(20, sectors);
                // the page's ids, its rows, its count, then one query for all the sectors and one for all the
                // participants: not one per project
                assertEquals(5, statements.get());
                assertEquals(
                        List.of("HT-2025-0001", "HT-2025-0002", "HT-2025-0003"),
                        codes(page).subList(0, 3));
                PageRequest second = PageRequest.of(2, 10, "-code", ProjectRepository.SORT_KEYS.keySet(), "code");
                assertEquals(
                        List.of("HT-2025-0002", "HT-2025-0001"),
                        codes(new ProjectRepository(em)
                                .list(filter(null, null, null, null), second, ReadScope.EVERYTHING)));
            });
        }
    }

    private static ProjectFilter filter(String text, Sector sector, Long institutionId, Integer year) {
        return new ProjectFilter(text, null, null, sector, null, institutionId, year);
    }

    private static List<String> codes(Page<Project> page) {
        return page.items().stream().map(Project::getCode).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRejectsTwoLeadsAndEndsBeforeStarts(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String project =
                    "INSERT INTO project (id, version, code, title_en, site, status, start_date, end_date, confidentiality, created_at, updated_at) "
                            + "VALUES (%d, 1, '%s', 'x', 'BOTH', 'ACTIVE', DATE '2025-01-01', %s, 'PUBLIC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            f.sql(project.formatted(1, "P-1", "DATE '2025-01-01'"));
            assertThrows(SQLException.class, () -> f.sql(project.formatted(2, "P-2", "DATE '2024-12-31'")));

            String participant =
                    "INSERT INTO project_participant (project_id, institution_id, role, lead_marker) VALUES (1, %d, '%s', %s)";
            f.sql(participant.formatted(w.hk(), "LEAD", "TRUE"));
            f.sql(participant.formatted(w.other(), "PARTNER", "NULL"));
            assertThrows(SQLException.class, () -> f.sql(participant.formatted(w.mainland(), "LEAD", "TRUE")));
            assertThrows(SQLException.class, () -> f.sql(participant.formatted(w.mainland(), "LEAD", "NULL")));
            assertThrows(SQLException.class, () -> f.sql(participant.formatted(w.mainland(), "PARTNER", "TRUE")));

            String staffing =
                    "INSERT INTO staffing (id, version, project_id, person_id, role, fte_percent, start_date, end_date, park) "
                            + "VALUES (%d, 1, 1, %d, 'POSTDOC', %d, DATE '2025-01-01', %s, 'HK_PARK')";
            f.sql(staffing.formatted(10, w.hkPerson(), 100, "NULL"));
            assertThrows(
                    SQLException.class, () -> f.sql(staffing.formatted(11, w.hkPerson(), 100, "DATE '2024-12-31'")));
            assertThrows(SQLException.class, () -> f.sql(staffing.formatted(12, w.hkPerson(), 0, "NULL")));
            assertThrows(SQLException.class, () -> f.sql(staffing.formatted(13, w.hkPerson(), 101, "NULL")));
        }
    }
}
