package org.hetao.registry.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.Account;
import org.hetao.registry.inbox.InboxItem;
import org.hetao.registry.inbox.InboxKind;
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

class EnquiryPersistenceTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private record World(long hk, long sz, long asset, long investor, long other) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            Project p = new Project(ProjectSamples.project("HT-2026-0016", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(
                    IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
            em.persist(a);
            Account investor = new Account("investor-li", "hash", Role.INVESTOR, null);
            Account other = new Account("investor-wu", "hash", Role.INVESTOR, null);
            em.persist(investor);
            em.persist(other);
            em.flush();
            return new World(hk.getId(), sz.getId(), a.getId(), investor.getId(), other.getId());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aThreadWithNotesAStatusAndReadMarksIsStoredAndEachInvestorListsOnlyItsOwn(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = f.inTransaction(em -> {
                Enquiry e = Enquiry.send(
                        w.asset(),
                        w.investor(),
                        "investor-li",
                        Interest.LICENCE,
                        "Non-exclusive licence for diagnostics?",
                        T0);
                new EnquiryRepository(em).add(e);
                em.persist(new InboxItem(
                        w.hk(), InboxKind.ENQUIRY_RECEIVED, e.getId(), w.asset(), "investor-li", null, "LICENCE", T0));
                em.persist(new InboxItem(
                        w.sz(), InboxKind.ENQUIRY_STATUS, e.getId(), w.asset(), "tto-hk", w.hk(), "NDA", T0));
                return e.getId();
            });
            f.run(em -> {
                Enquiry e = new EnquiryRepository(em).lock(id).orElseThrow();
                e.reply("tto-hk", w.hk(), "Yes; we will send our NDA.", T0.plusMinutes(5));
                e.note("tto-hk", w.hk(), "SZ to confirm field of use", T0.plusMinutes(6));
                e.moveTo(EnquiryStatus.NDA, false, null, null, T0.plusMinutes(7));
            });
            f.run(em -> new EnquiryRepository(em).markRead(id, T0.plusMinutes(8)));
            f.run(em -> new EnquiryRepository(em).markRead(id, T0.plusMinutes(9)));

            Enquiry read =
                    f.inTransaction(em -> new EnquiryRepository(em).find(id).orElseThrow());
            assertEquals(EnquiryStatus.NDA, read.getStatus());
            assertEquals(
                    List.of("investor-li", "tto-hk", "tto-hk"),
                    read.getMessages().stream().map(EnquiryMessage::getAuthor).toList());
            assertEquals(
                    List.of(false, false, true),
                    read.getMessages().stream()
                            .map(EnquiryMessage::isInternalNote)
                            .toList());
            assertEquals(2, read.visibleMessages(true).size());
            OffsetDateTime readAt = f.inTransaction(
                    em -> new EnquiryRepository(em).readAt(List.of(id)).get(id));
            assertTrue(readAt.isEqual(T0.plusMinutes(9)));
            assertFalse(read.updatedSince(readAt));

            assertEquals(
                    List.of(id),
                    f.inTransaction(em -> new EnquiryRepository(em).ofInvestor(w.investor())).stream()
                            .map(Enquiry::getId)
                            .toList());
            assertTrue(
                    f.inTransaction(em -> new EnquiryRepository(em).ofInvestor(w.other()))
                            .isEmpty(),
                    "another investor's list is empty");
            assertEquals(List.of(w.asset()), f.inTransaction(em -> new EnquiryRepository(em).enquiredAssets()));
            assertEquals(
                    1,
                    f.inTransaction(em -> new EnquiryRepository(em).ofAssets(List.of(w.asset()), 10))
                            .size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStatusChangeOnAStaleCopyFailsAndTheDatabaseRefusesADeclineWithoutReason(TestDatabase db) throws Exception {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = f.inTransaction(em -> {
                Enquiry e =
                        Enquiry.send(w.asset(), w.investor(), "investor-li", Interest.INVESTMENT, "Seed round?", T0);
                new EnquiryRepository(em).add(e);
                return e.getId();
            });
            Enquiry stale =
                    f.inTransaction(em -> new EnquiryRepository(em).find(id).orElseThrow());
            f.run(em -> new EnquiryRepository(em)
                    .find(id)
                    .orElseThrow()
                    .moveTo(EnquiryStatus.IN_DISCUSSION, false, null, null, T0.plusMinutes(1)));
            stale.moveTo(EnquiryStatus.WITHDRAWN, true, null, null, T0.plusMinutes(2));
            assertThrows(OptimisticLockException.class, () -> f.run(em -> em.merge(stale)));
            assertEquals(
                    EnquiryStatus.IN_DISCUSSION,
                    f.inTransaction(em -> new EnquiryRepository(em).find(id).orElseThrow())
                            .getStatus());

            assertThrows(
                    java.sql.SQLException.class,
                    () -> f.sql("UPDATE enquiry SET status = 'DECLINED' WHERE id = " + id));
        }
    }
}
