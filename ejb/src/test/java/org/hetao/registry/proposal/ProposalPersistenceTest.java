package org.hetao.registry.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proposals in the database, on H2 and PostgreSQL: what is stored, at most one open proposal per
 * asset, and concurrent decisions of one proposal — each in its own transaction, taking the
 * proposal's row lock as {@link ProposalService} does — coming to exactly one outcome.
 */
class ProposalPersistenceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    private record World(long hku, long szbl, long third, long asset) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hku = new Institution(Samples.hkust());
            Institution szbl = new Institution(Samples.sustech());
            Institution third = new Institution(Samples.institution("CUHK", Jurisdiction.HK));
            em.persist(hku);
            em.persist(szbl);
            em.persist(third);
            em.flush();
            Project p = new Project(ProjectSamples.project("HT-2026-0042", hku.getId(), szbl.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(IpAssetSamples.patent(p.getId(), List.of()));
            em.persist(a);
            em.flush();
            em.persist(OwnershipVersion.first(
                    a.getId(),
                    change(
                            LocalDate.of(2026, 1, 1),
                            new ShareDetails(hku.getId(), 5000),
                            new ShareDetails(szbl.getId(), 5000)),
                    "admin"));
            return new World(hku.getId(), szbl.getId(), third.getId(), a.getId());
        });
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static OwnershipTimeline timeline(Optional<OwnershipVersion> versions) {
        return new OwnershipTimeline(versions.stream().toList());
    }

    private static OwnershipChange change(LocalDate from, ShareDetails... shares) {
        return new OwnershipChange(List.of(shares), from, "Shares reallocated");
    }

    private static OwnershipVersion current(EntityManager em, long asset) {
        return em.createQuery(
                        "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo DESC",
                        OwnershipVersion.class)
                .setParameter("a", asset)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** HKU proposes 40/40/20 with the third institution: SZBL and the third must approve. */
    private static long propose(TestDatabase.Fixture f, World w) {
        return f.inTransaction(em -> {
            OwnershipProposal p = OwnershipProposal.propose(
                    w.asset(),
                    timeline(Optional.of(current(em, w.asset()))),
                    TODAY,
                    ProposalKind.CHANGE,
                    change(
                            LocalDate.of(2026, 12, 1),
                            new ShareDetails(w.hku(), 4000),
                            new ShareDetails(w.szbl(), 4000),
                            new ShareDetails(w.third(), 2000)),
                    new Proposer("tto-hku", w.hku()),
                    NOW,
                    Duration.ofDays(30));
            em.persist(p);
            em.flush();
            return p.getId();
        });
    }

    /** One decision in its own transaction, as the service makes it: lock, decide, and on the last approval record the version. */
    private static String decide(
            TestDatabase.Fixture f,
            long id,
            CountDownLatch start,
            BiFunction<OwnershipProposal, OffsetDateTime, Boolean> decision) {
        try {
            start.await();
            return f.inTransaction(em -> {
                OwnershipProposal p = ProposalRepository.lock(em, id).orElseThrow();
                sleep(); // hold the lock while the rival asks for it
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                if (decision.apply(p, now)) {
                    OwnershipVersion base = current(em, p.getIpAssetId());
                    p.checkBase(base.getVersionNo());
                    OwnershipVersion next = base.next(p.asChange(), p.getProposedBy());
                    em.persist(next);
                    p.tookEffect(next.getVersionNo(), now);
                }
                return p.getState().name();
            });
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> race(
            TestDatabase.Fixture f, long id, List<BiFunction<OwnershipProposal, OffsetDateTime, Boolean>> decisions)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(decisions.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            decisions.forEach(d -> results.add(pool.submit(() -> decide(f, id, start, d))));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) {
                outcomes.add(r.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long versions(TestDatabase.Fixture f, long asset) {
        return f.inTransaction(
                em -> em.createQuery("SELECT COUNT(v) FROM OwnershipVersion v WHERE v.ipAssetId = :a", Long.class)
                        .setParameter("a", asset)
                        .getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesTheProposalItsSharesAndItsApprovals(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = propose(f, w);
            OwnershipProposal read = f.inTransaction(em -> em.find(OwnershipProposal.class, id));
            assertEquals(ProposalState.OPEN, read.getState());
            assertEquals(List.of(w.hku(), w.szbl(), w.third()), read.required());
            assertEquals(List.of(w.szbl(), w.third()), read.pending());
            assertEquals(4000, read.getShares().get(0).getShareBp());
            assertEquals(1, read.getBaseVersionNo());
            long before = read.getVersion();
            OwnershipProposal approved = f.inTransaction(em -> {
                OwnershipProposal p = ProposalRepository.lock(em, id).orElseThrow();
                p.approve(w.third(), "admin", "Signed letter 2026-117", OffsetDateTime.now(ZoneOffset.UTC));
                return p;
            });
            OwnershipProposal again = f.inTransaction(em -> em.find(OwnershipProposal.class, id));
            assertNotEquals(before, again.getVersion(), "every approval moves the proposal's version (its ETag)");
            assertEquals(approved.getVersion(), again.getVersion());
            assertTrue(again.getApprovals().get(2).isOnBehalf());
            assertEquals("Signed letter 2026-117", again.getApprovals().get(2).getDocumentRef());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAssetHasAtMostOneOpenProposal(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long first = propose(f, w);
            assertThrows(PersistenceException.class, () -> propose(f, w), "a second open proposal of the same asset");
            f.run(em -> ProposalRepository.lock(em, first)
                    .orElseThrow()
                    .withdraw("tto-hku", OffsetDateTime.now(ZoneOffset.UTC)));
            long second = propose(f, w);
            assertEquals(
                    Long.valueOf(second),
                    f.inTransaction(em ->
                            ProposalRepository.open(em, w.asset()).orElseThrow().getId()),
                    "once the first is decided, a new one may be opened");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesInconsistentStates(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = propose(f, w);
            assertThrows(
                    SQLException.class,
                    () -> f.sql("UPDATE ownership_proposal SET state = 'REJECTED' WHERE id = " + id),
                    "a decided proposal keeps no open marker and has a decision time");
            assertThrows(
                    SQLException.class,
                    () -> f.sql("UPDATE ownership_proposal SET state = 'APPROVED', open_marker = NULL, "
                            + "decided_at = CURRENT_TIMESTAMP WHERE id = " + id),
                    "an approved proposal names the version it made");
            assertThrows(
                    SQLException.class, () -> f.sql("UPDATE ownership_proposal SET total_bp = 9999 WHERE id = " + id));
            assertThrows(
                    SQLException.class,
                    () -> f.sql("UPDATE ownership_proposal_approval SET on_behalf = TRUE WHERE proposal_id = " + id),
                    "an approval on an institution's behalf cites a document");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentApprovalsAreAllCountedAndTheVersionTakesEffectOnce(TestDatabase db) throws Exception {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = propose(f, w);
            List<String> outcomes = race(
                    f,
                    id,
                    List.of(
                            (p, now) -> p.approve(w.szbl(), "tto-szbl", null, now),
                            (p, now) -> p.approve(w.third(), "tto-third", null, now)));
            assertTrue(outcomes.contains("APPROVED") && outcomes.contains("OPEN"), outcomes::toString);
            OwnershipProposal p = f.inTransaction(em -> em.find(OwnershipProposal.class, id));
            assertEquals(ProposalState.APPROVED, p.getState());
            assertEquals(List.of(), p.pending());
            assertEquals(2, p.getResultingVersionNo());
            assertEquals(2, versions(f, w.asset()), "exactly one new version");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLastApprovalRacingARejectionComesToExactlyOneOutcome(TestDatabase db) throws Exception {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            for (int round = 0; round < 4; round++) {
                long id = propose(f, w);
                f.run(em -> ProposalRepository.lock(em, id)
                        .orElseThrow()
                        .approve(w.third(), "tto-third", null, OffsetDateTime.now(ZoneOffset.UTC)));
                long versionsBefore = versions(f, w.asset());
                List<String> outcomes =
                        race(f, id, List.of((p, now) -> p.approve(w.szbl(), "tto-szbl", null, now), (p, now) -> {
                            p.reject(w.third(), "tto-third", "We changed our mind", now);
                            return false;
                        }));
                OwnershipProposal p = f.inTransaction(em -> em.find(OwnershipProposal.class, id));
                assertTrue(outcomes.contains(p.getState().name()), outcomes::toString);
                assertTrue(
                        outcomes.contains("ProposalDecidedException"),
                        () -> "the loser is told it was decided: " + outcomes);
                long added = versions(f, w.asset()) - versionsBefore;
                assertEquals(
                        p.getState() == ProposalState.APPROVED ? 1 : 0,
                        added,
                        () -> "state " + p.getState() + ", outcomes " + outcomes);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anApprovalRacingTheWithdrawalComesToExactlyOneOutcome(TestDatabase db) throws Exception {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = propose(f, w);
            f.run(em -> ProposalRepository.lock(em, id)
                    .orElseThrow()
                    .approve(w.third(), "tto-third", null, OffsetDateTime.now(ZoneOffset.UTC)));
            List<String> outcomes =
                    race(f, id, List.of((p, now) -> p.approve(w.szbl(), "tto-szbl", null, now), (p, now) -> {
                        p.withdraw("tto-hku", now);
                        return false;
                    }));
            OwnershipProposal p = f.inTransaction(em -> em.find(OwnershipProposal.class, id));
            assertTrue(
                    outcomes.contains(p.getState().name()) && outcomes.contains("ProposalDecidedException"),
                    outcomes::toString);
            assertEquals(p.getState() == ProposalState.APPROVED ? 2 : 1, versions(f, w.asset()));
        }
    }
}
