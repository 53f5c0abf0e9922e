package org.hetao.registry.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.inbox.InboxItem;
import org.hetao.registry.inbox.InboxKind;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who crosses into the Hong Kong park on a day, and whose registration ends soon, on both databases. */
class CrossingPersistenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private record World(long hk, long mainland, long project, long[] lines) {}

    /**
     * Lines: [0] mainland, HK park, open-ended, registration ends in 20 days; [1] mainland, HK park,
     * ended yesterday; [2] mainland, Shenzhen park; [3] Hong Kong person, HK park; [4] mainland, HK
     * park, ends with its registration in 10 days; [5] mainland, HK park, starts tomorrow, open-ended,
     * registration ends in 40 days.
     */
    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution mainland = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(mainland);
            em.flush();
            Person li = new Person(new PersonDetails("Li Wei", "李伟", null, mainland.getId(), null));
            Person wang = new Person(new PersonDetails("Wang Fang", "王芳", null, mainland.getId(), null));
            Person chan = new Person(new PersonDetails("Chan Tai Man", "陳大文", null, hk.getId(), null));
            List.of(li, wang, chan).forEach(em::persist);
            em.flush();
            Project p = new Project(ProjectSamples.project("HT-2026-0101", hk.getId(), mainland.getId()));
            LocalDate start = LocalDate.of(2026, 1, 1);
            Staffing[] s = {
                p.addStaff("", hk(li.getId(), start, null, start, DAY.plusDays(20)), Jurisdiction.MAINLAND),
                p.addStaff("", hk(wang.getId(), start, DAY.minusDays(1), start, DAY), Jurisdiction.MAINLAND),
                p.addStaff(
                        "",
                        ProjectSamples.withDates(ProjectSamples.postdoc(wang.getId()), start, null),
                        Jurisdiction.MAINLAND),
                p.addStaff("", hk(chan.getId(), start, null, null, null), Jurisdiction.HK),
                p.addStaff(
                        "", hk(wang.getId(), start, DAY.plusDays(10), start, DAY.plusDays(10)), Jurisdiction.MAINLAND),
                p.addStaff("", hk(li.getId(), DAY.plusDays(1), null, DAY, DAY.plusDays(40)), Jurisdiction.MAINLAND)
            };
            em.persist(p);
            em.flush();
            long[] ids = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                ids[i] = s[i].getId();
            }
            return new World(hk.getId(), mainland.getId(), p.getId(), ids);
        });
    }

    private static StaffingDetails hk(long person, LocalDate start, LocalDate end, LocalDate from, LocalDate until) {
        return ProjectSamples.withDates(
                ProjectSamples.inHongKongPark(person, from == null ? null : WhiteListStatus.APPROVED, from, until),
                start,
                end);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheMainlandStaffWorkingInTheHongKongParkThatDay(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            List<Crossing> today = f.inTransaction(em -> new CrossingRepository(em).on(DAY, null));
            assertEquals(
                    List.of(w.lines()[0], w.lines()[4]),
                    today.stream().map(Crossing::staffingId).toList());
            Crossing li = today.get(0);
            assertEquals("Li Wei", li.personNameEn());
            assertEquals("HT-2026-0101", li.projectCode());
            assertEquals(w.mainland(), li.institutionId());
            assertTrue(li.covered());
            assertEquals(DAY.plusDays(20), li.validUntil());
            // the day after line [4]'s registration ends it no longer covers; line [5] has started
            List<Crossing> later = f.inTransaction(em -> new CrossingRepository(em).on(DAY.plusDays(21), null));
            assertEquals(
                    List.of(w.lines()[0], w.lines()[5]),
                    later.stream().map(Crossing::staffingId).toList());
            assertFalse(later.get(0).covered());
            assertTrue(later.get(1).covered());
            assertEquals(List.of(), f.inTransaction(em -> new CrossingRepository(em).on(DAY, w.hk())));
            assertEquals(
                    2,
                    f.inTransaction(em -> new CrossingRepository(em).on(DAY, w.mainland()))
                            .size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsRegistrationsEndingWithinTheLeadTimeUntilTheirOfficeIsWarned(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            // line [4] ends with its registration and line [5]'s ends after 30 days: only line [0]
            List<ExpiringWhiteList> due =
                    f.inTransaction(em -> new CrossingRepository(em).expiring(DAY, DAY.plusDays(30), 30, 10));
            assertEquals(
                    List.of(w.lines()[0]),
                    due.stream().map(ExpiringWhiteList::staffingId).toList());
            assertEquals(w.mainland(), due.get(0).institutionId());
            assertEquals(w.project(), due.get(0).projectId());
            assertEquals(
                    2,
                    f.inTransaction(em -> new CrossingRepository(em).expiring(DAY, DAY.plusDays(45), 45, 10))
                            .size());

            // the warning: an inbox item about the project (no asset) and the record of it
            f.run(em -> {
                InboxItem item =
                        InboxItem.aboutNoAsset(w.mainland(), InboxKind.WHITE_LIST_EXPIRING, w.project(), "Li Wei", NOW);
                em.persist(item);
                em.flush();
                new CrossingRepository(em)
                        .add(new WhiteListWarning(w.lines()[0], DAY.plusDays(20), 30, item.getId(), NOW));
            });
            f.run(em -> {
                CrossingRepository r = new CrossingRepository(em);
                assertEquals(List.of(), r.expiring(DAY, DAY.plusDays(30), 30, 10));
                assertTrue(r.warned(w.lines()[0], DAY.plusDays(20), 30));
                // another lead time warns again
                assertEquals(1, r.expiring(DAY, DAY.plusDays(30), 7, 10).size());
                InboxItem stored = em.createQuery("SELECT i FROM InboxItem i WHERE i.kind = :k", InboxItem.class)
                        .setParameter("k", InboxKind.WHITE_LIST_EXPIRING)
                        .getSingleResult();
                assertNull(stored.getIpAssetId());
                assertEquals("project", stored.getSubjectKind());
            });
            // a renewed registration (a later last day) is warned of again when its end comes near
            f.run(em -> {
                Staffing line = em.find(Staffing.class, w.lines()[0]);
                StaffingDetails d = line.details();
                line.describe(
                        "",
                        new StaffingDetails(
                                d.personId(),
                                d.role(),
                                d.ftePercent(),
                                d.startDate(),
                                d.endDate(),
                                d.park(),
                                WhiteListStatus.APPROVED,
                                d.whiteListFrom(),
                                DAY.plusDays(25)),
                        Jurisdiction.MAINLAND);
            });
            assertEquals(
                    1,
                    f.inTransaction(em -> new CrossingRepository(em).expiring(DAY, DAY.plusDays(30), 30, 10))
                            .size());
            // removing the line removes its warnings
            f.run(em -> {
                Project p = em.find(Project.class, w.project());
                p.removeStaff(em.find(Staffing.class, w.lines()[0]));
            });
            long left = f.inTransaction(em -> em.createQuery("SELECT COUNT(w) FROM WhiteListWarning w", Long.class)
                    .getSingleResult());
            assertEquals(0, left);
        }
    }
}
