package org.hetao.registry.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalKind;
import org.hetao.registry.proposal.Proposer;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which open proposals the deadline check takes up, on both databases. */
class DeadlineCheckPersistenceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void takesUpProposalsPastTheirExpiryAndThoseExpiringSoonWhoseOfficesWereNotToldYet(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            long[] ids = f.inTransaction(em -> {
                Institution hk = new Institution(Samples.hkust());
                Institution sz = new Institution(Samples.sustech());
                em.persist(hk);
                em.persist(sz);
                em.flush();
                Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
                em.persist(inventor);
                Project p = new Project(ProjectSamples.project("HT-2026-0003", hk.getId(), sz.getId()));
                em.persist(p);
                em.flush();
                long[] out = new long[4];
                // proposed 40, 29 and 10 days ago with 30 days to decide: past, in 1 day, in 20 days; and a decided one
                int[] daysAgo = {40, 29, 10, 29};
                for (int i = 0; i < 4; i++) {
                    IpAsset a = new IpAsset(
                            IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
                    em.persist(a);
                    em.flush();
                    OwnershipChange change = new OwnershipChange(
                            List.of(new ShareDetails(hk.getId(), 5000), new ShareDetails(sz.getId(), 5000)),
                            LocalDate.of(2026, 1, 1),
                            "Joint invention");
                    OwnershipProposal q = OwnershipProposal.propose(
                            a.getId(),
                            new org.hetao.registry.ownership.OwnershipTimeline(List.of()),
                            NOW.toLocalDate(),
                            ProposalKind.CHANGE,
                            change,
                            new Proposer("tto-hk", hk.getId()),
                            NOW.minusDays(daysAgo[i]),
                            Duration.ofDays(30));
                    if (i == 3) {
                        q.withdraw("tto-hk", NOW.minusDays(1));
                    }
                    em.persist(q);
                    em.flush();
                    out[i] = q.getId();
                }
                return out;
            });
            long past = ids[0];
            long soon = ids[1];
            OffsetDateTime until = NOW.plusDays(3);
            assertEquals(List.of(past, soon), f.inTransaction(em -> new DeadlineCheck(em).due(NOW, until, 100)));

            f.run(em -> em.persist(new InboxItem(
                    em.find(OwnershipProposal.class, soon).pending().get(0),
                    InboxKind.PROPOSAL_EXPIRING,
                    soon,
                    em.find(OwnershipProposal.class, soon).getIpAssetId(),
                    "system",
                    null,
                    null,
                    NOW)));
            assertEquals(List.of(past), f.inTransaction(em -> new DeadlineCheck(em).due(NOW, until, 100)), "told once");
        }
    }
}
