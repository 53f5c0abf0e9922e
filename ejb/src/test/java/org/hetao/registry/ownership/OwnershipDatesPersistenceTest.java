package org.hetao.registry.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The V14 columns, and acting on scheduled versions once their date arrives, on H2 and PostgreSQL. */
class OwnershipDatesPersistenceTest {
    static final LocalDate RECORDED_ON = LocalDate.of(2026, 12, 3);
    static final LocalDate SCHEDULED_FOR = LocalDate.of(2026, 12, 31);

    private record World(long hk, long sz, long asset) {}

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Project p = new Project(ProjectSamples.project("HT-2026-0002", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(IpAssetSamples.patent(p.getId(), List.of()));
            em.persist(a);
            em.flush();
            return new World(hk.getId(), sz.getId(), a.getId());
        });
    }

    private static RegistryClock clockOn(LocalDate day) {
        return new RegistryClock(
                Clock.fixed(day.atTime(12, 0).atZone(RegistryClock.ZONE).toInstant(), ZoneOffset.UTC));
    }

    /** The events fired and audit records written, as the container would pass them on. */
    static final class Seen {
        final List<OwnershipChanged> events = new ArrayList<>();
        final List<Long> audited = new ArrayList<>();
    }

    private static OwnershipDates dates(EntityManager em, LocalDate today, Seen seen) {
        OwnershipDates d = new OwnershipDates();
        d.clock = clockOn(today);
        d.versions = new OwnershipRepository(em, d.clock);
        d.changes = new ChangeRecorder() {
            @Override
            public void updated(String kind, long id, Record before, Record after) {
                seen.audited.add(id);
            }
        };
        d.ownershipChanged = new Event<>() {
            @Override
            public void fire(OwnershipChanged event) {
                seen.events.add(event);
            }

            @Override
            public <U extends OwnershipChanged> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends OwnershipChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<OwnershipChanged> select(Annotation... qualifiers) {
                return this;
            }

            @Override
            public <U extends OwnershipChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends OwnershipChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
        return d;
    }

    /** Version 1 from 1 January, a correction from 2025, and version 3 scheduled for 31 December, all recorded on 3 December. */
    private static void record(TestDatabase.Fixture f, World w) {
        OffsetDateTime at = RECORDED_ON.atTime(9, 0).atOffset(ZoneOffset.UTC);
        for (OwnershipChange c : List.of(
                OwnershipVersionTest.change(
                        LocalDate.of(2026, 1, 1), new ShareDetails(w.hk(), 5000), new ShareDetails(w.sz(), 5000)),
                OwnershipVersionTest.change(LocalDate.of(2025, 3, 1), new ShareDetails(w.hk(), 10000)),
                OwnershipVersionTest.change(SCHEDULED_FOR, new ShareDetails(w.sz(), 10000)))) {
            f.run(em -> em.persist(new OwnershipRepository(em, clockOn(RECORDED_ON))
                    .timeline(w.asset())
                    .record(w.asset(), c, "admin", RECORDED_ON, at)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsTheCorrectionMarkAndWhenEachDateWasActedOn(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            record(f, w);
            OwnershipTimeline t =
                    f.inTransaction(em -> new OwnershipRepository(em, clockOn(RECORDED_ON)).timeline(w.asset()));
            assertEquals(
                    List.of(3, 1, 2),
                    t.newestFirst().stream().map(OwnershipVersion::getVersionNo).toList());
            OwnershipVersion correction = t.newestFirst().get(2);
            assertTrue(correction.isCorrection());
            assertNotNull(correction.getDateReachedAt());
            assertNull(t.newestFirst().get(0).getDateReachedAt(), "the scheduled version waits for its date");
            assertEquals(1, t.inForceOn(RECORDED_ON).orElseThrow().getVersionNo());
            assertEquals(
                    List.of(w.asset()),
                    f.inTransaction(em ->
                            new OwnershipRepository(em, clockOn(SCHEDULED_FOR)).assetsWithDateReached(SCHEDULED_FOR)));
            assertEquals(
                    List.of(),
                    f.inTransaction(em ->
                            new OwnershipRepository(em, clockOn(RECORDED_ON)).assetsWithDateReached(RECORDED_ON)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aScheduledVersionComesIntoForceOnItsDateOnceAndIsAudited(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            record(f, w);
            Seen before = new Seen();
            assertEquals(
                    List.of(),
                    f.inTransaction(em -> dates(em, SCHEDULED_FOR.minusDays(1), before)
                            .actOnDatesReached(SCHEDULED_FOR.minusDays(1))));
            assertTrue(before.events.isEmpty(), "nothing happens before the date");

            Seen on = new Seen();
            assertEquals(
                    List.of(w.asset()),
                    f.inTransaction(em -> dates(em, SCHEDULED_FOR, on).actOnDatesReached(SCHEDULED_FOR)));
            assertEquals(
                    List.of(new OwnershipChanged(w.asset(), 3)),
                    on.events,
                    "agreements made from another version are marked out of date");
            assertEquals(List.of(w.asset()), on.audited, "the coming into force is audited (and so re-indexed)");

            Seen again = new Seen();
            LocalDate later = SCHEDULED_FOR.plusDays(3);
            assertEquals(
                    List.of(), f.inTransaction(em -> dates(em, later, again).actOnDatesReached(later)));
            assertTrue(again.events.isEmpty() && again.audited.isEmpty(), "a date is acted on once");
            assertFalse(
                    f
                            .inTransaction(em -> new OwnershipRepository(em, clockOn(later)).timeline(w.asset()))
                            .newestFirst()
                            .stream()
                            .anyMatch(v -> v.getDateReachedAt() == null));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoScheduledVersionsOfTheSameDateOnlyTheLaterRecordedComesIntoForce(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            record(f, w);
            OffsetDateTime at = RECORDED_ON.atTime(10, 0).atOffset(ZoneOffset.UTC);
            f.run(em -> em.persist(new OwnershipRepository(em, clockOn(RECORDED_ON))
                    .timeline(w.asset())
                    .record(
                            w.asset(),
                            OwnershipVersionTest.change(
                                    SCHEDULED_FOR, new ShareDetails(w.hk(), 2000), new ShareDetails(w.sz(), 8000)),
                            "admin",
                            RECORDED_ON,
                            at)));
            Seen on = new Seen();
            f.inTransaction(em -> dates(em, SCHEDULED_FOR, on).actOnDatesReached(SCHEDULED_FOR));
            assertEquals(List.of(new OwnershipChanged(w.asset(), 4)), on.events);
        }
    }
}
