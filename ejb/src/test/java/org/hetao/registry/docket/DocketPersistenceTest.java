package org.hetao.registry.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.inbox.InboxItem;
import org.hetao.registry.inbox.InboxKind;
import org.hetao.registry.inbox.InboxWriter;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.DesignatedOffice;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingDocket;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ipasset.PriorityClaimDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Filings' docket data, done marks and reminders on H2 and PostgreSQL. */
class DocketPersistenceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final DeadlineCalculator CALC = new DeadlineCalculator(DocketRules.current());
    private static final List<java.time.Period> LEADS = ReminderCheck.leads("P3M,P1M,P1W");

    private static final List<FilingDetails> FAMILY = List.of(
            new FilingDetails(
                    FilingJurisdiction.CN,
                    "202610123456.1",
                    null,
                    LocalDate.of(2026, 3, 15),
                    null,
                    FilingStatus.PUBLISHED,
                    new FilingDocket("CN118000001A", LocalDate.of(2026, 9, 15), List.of(), null, null, null, null)),
            new FilingDetails(
                    FilingJurisdiction.PCT,
                    "PCT/CN2027/000001",
                    null,
                    LocalDate.of(2027, 3, 12),
                    null,
                    FilingStatus.FILED,
                    new FilingDocket(
                            null,
                            null,
                            List.of(new PriorityClaimDetails("CN", "202610123456.1", LocalDate.of(2026, 3, 15))),
                            null,
                            null,
                            null,
                            null)),
            new FilingDetails(
                    FilingJurisdiction.HK,
                    "32027000001.2",
                    null,
                    null,
                    null,
                    FilingStatus.PLANNED,
                    new FilingDocket(
                            null,
                            null,
                            List.of(),
                            null,
                            HongKongPatentKind.STANDARD_R,
                            DesignatedOffice.CN,
                            "202610123456.1")));

    private record World(long hk, long sz, long asset) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Project p = new Project(ProjectSamples.project("HT-2026-0009", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a =
                    new IpAsset(IpAssetSamples.with(IpAssetSamples.patent(p.getId(), List.of()), FAMILY, List.of()));
            em.persist(a);
            em.flush();
            em.persist(OwnershipVersion.first(
                    a.getId(),
                    new OwnershipChange(
                            List.of(new ShareDetails(hk.getId(), 6000), new ShareDetails(sz.getId(), 4000)),
                            LocalDate.of(2026, 3, 1),
                            "Joint invention"),
                    "tto-hk"));
            return new World(hk.getId(), sz.getId(), a.getId());
        });
    }

    /** A check over this entity manager whose inbox items are written straight to it. */
    private static ReminderCheck check(EntityManager em) {
        ReminderCheck c = new ReminderCheck();
        c.docket = new DocketRepository(em);
        c.inbox = new InboxWriter() {
            @Override
            public void deadlineDue(long institutionId, long ipAssetId, String note) {
                em.persist(new InboxItem(
                        institutionId, InboxKind.DEADLINE_DUE, ipAssetId, ipAssetId, "system", null, note, NOW));
            }
        };
        return c;
    }

    private static int remind(TestDatabase.Fixture f, long asset, LocalDate today) {
        Integer sent = f.inTransaction(em -> check(em).remind(asset, today, LEADS, CALC, NOW));
        return sent;
    }

    private static long items(TestDatabase.Fixture f, long institution) {
        return f.inTransaction(em -> em.createQuery(
                        "SELECT COUNT(i) FROM InboxItem i WHERE i.institutionId = :i AND i.kind = :k", Long.class)
                .setParameter("i", institution)
                .setParameter("k", InboxKind.DEADLINE_DUE)
                .getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filingsKeepTheirDocketDataAndPriorities(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            assertEquals(
                    FAMILY,
                    f.inTransaction(
                            em -> em.find(IpAsset.class, w.asset()).details().filings()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachOwnerIsRemindedOncePerLeadTimeEvenAfterARestart(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            LocalDate today = NOW.toLocalDate();
            // Paris priority 15 Mar 2027 and the HK (R) record 15 Mar 2027: 3 months reached, 1 month not yet
            assertEquals(4, remind(f, w.asset(), today));
            assertEquals(0, remind(f, w.asset(), today), "once");
            assertEquals(2L, items(f, w.hk()));
            assertEquals(2L, items(f, w.sz()));
            // a week before: the 1 month and 1 week lead times are both reached; one item each, for the nearest
            LocalDate weekBefore = LocalDate.of(2027, 3, 10);
            assertEquals(4, remind(f, w.asset(), weekBefore));
            assertEquals(0, remind(f, w.asset(), weekBefore));
            assertEquals(4L, items(f, w.hk()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeadlineMarkedDoneIsNotReminded(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            Deadline paris = CALC.deadlines(w.asset(), FAMILY).stream()
                    .filter(d -> d.ruleId().equals("paris-priority"))
                    .findFirst()
                    .orElseThrow();
            f.run(em -> em.persist(new DoneMark(paris, "PCT/CN2027/000001", "PCT filed", "tto-hk", NOW)));
            assertEquals(2, remind(f, w.asset(), NOW.toLocalDate()), "only the HK (R) record, to both owners");
            assertEquals(
                    "PCT/CN2027/000001",
                    f.inTransaction(em -> new DocketRepository(em)
                            .doneMarks(List.of(w.asset()))
                            .get(paris.key())
                            .details()
                            .producedFiling()));
        }
    }
}
