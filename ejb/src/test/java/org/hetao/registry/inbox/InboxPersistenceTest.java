package org.hetao.registry.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.Account;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
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

class InboxPersistenceTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private record World(long hk, long sz, long asset, long alice, long bob, long szOffice) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            Project p = new Project(ProjectSamples.project("HT-2026-0002", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(
                    IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
            em.persist(a);
            Account alice = new Account("alice-hk", "hash", Role.TTO, hk.getId());
            Account bob = new Account("bob-hk", "hash", Role.TTO, hk.getId());
            Account carol = new Account("carol-sz", "hash", Role.TTO, sz.getId());
            em.persist(alice);
            em.persist(bob);
            em.persist(carol);
            em.flush();
            return new World(hk.getId(), sz.getId(), a.getId(), alice.getId(), bob.getId(), carol.getId());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachAccountOfAnOfficeKeepsItsOwnReadMarks(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            f.run(em -> {
                InboxRepository inbox = new InboxRepository(em);
                inbox.add(new InboxItem(
                        w.hk(), InboxKind.APPROVAL_REQUESTED, 501, w.asset(), "carol-sz", w.sz(), null, T0));
                inbox.add(new InboxItem(
                        w.hk(),
                        InboxKind.AGREEMENT_ISSUED,
                        601,
                        w.asset(),
                        "legal",
                        null,
                        "HT-AG-1 r1",
                        T0.plusMinutes(5)));
                inbox.add(new InboxItem(
                        w.sz(),
                        InboxKind.PROPOSAL_REJECTED,
                        501,
                        w.asset(),
                        "alice-hk",
                        w.hk(),
                        "Not agreed",
                        T0.plusMinutes(9)));
            });
            Page<InboxRepository.Entry> hk = f.inTransaction(em ->
                    new InboxRepository(em).page(w.hk(), w.alice(), false, new PageRequest(1, 20, "created", true)));
            assertEquals(2, hk.total());
            assertEquals(InboxKind.AGREEMENT_ISSUED, hk.items().get(0).item().getKind(), "newest first");
            assertFalse(hk.items().get(0).read());
            long newest = hk.items().get(0).item().getId();

            assertTrue(f.<Boolean>inTransaction(
                    em -> new InboxRepository(em).markRead(newest, w.alice(), T0.plusHours(1))));
            assertFalse(
                    f.<Boolean>inTransaction(
                            em -> new InboxRepository(em).markRead(newest, w.alice(), T0.plusHours(2))),
                    "read already");
            assertEquals(1L, (long) f.<Long>inTransaction(em -> new InboxRepository(em).unread(w.hk(), w.alice())));
            assertEquals(
                    2L,
                    (long) f.<Long>inTransaction(em -> new InboxRepository(em).unread(w.hk(), w.bob())),
                    "Bob's marks are his own");
            Page<InboxRepository.Entry> unread = f.inTransaction(em ->
                    new InboxRepository(em).page(w.hk(), w.alice(), true, new PageRequest(1, 20, "created", true)));
            assertEquals(
                    List.of(InboxKind.APPROVAL_REQUESTED),
                    unread.items().stream().map(e -> e.item().getKind()).toList());
            assertTrue(f.inTransaction(em -> new InboxRepository(em)
                            .page(w.hk(), w.alice(), false, new PageRequest(1, 20, "created", true)))
                    .items()
                    .get(0)
                    .read());

            assertEquals(2, (int) f.<Integer>inTransaction(
                    em -> new InboxRepository(em).markAllRead(w.hk(), w.bob(), T0.plusHours(3))));
            assertEquals(0L, (long) f.<Long>inTransaction(em -> new InboxRepository(em).unread(w.hk(), w.bob())));
            assertEquals(
                    1L,
                    (long) f.<Long>inTransaction(em -> new InboxRepository(em).unread(w.sz(), w.szOffice())),
                    "another office's inbox is untouched");
            assertEquals(
                    3L,
                    (long) f.<Long>inTransaction(em -> new InboxRepository(em).unread(null, w.szOffice())),
                    "every office's items together");
            assertTrue(f.<Boolean>inTransaction(
                    em -> new InboxRepository(em).exists(w.hk(), InboxKind.APPROVAL_REQUESTED, 501)));
            assertFalse(f.<Boolean>inTransaction(
                    em -> new InboxRepository(em).exists(w.sz(), InboxKind.APPROVAL_REQUESTED, 501)));
        }
    }
}
