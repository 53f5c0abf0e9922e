package org.hetao.registry.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IndexSourcePersistenceTest {

    /** Ids of what a test stored: two institutions, a person, projects and one asset per project. */
    private record World(long hk, long sz, long other, long person, List<Long> projects, List<Long> assets) {}

    private static World world(TestDatabase.Fixture f, int projects) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            Institution other = new Institution(Samples.institution("ACME", Jurisdiction.OVERSEAS));
            List.of(hk, sz, other).forEach(em::persist);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            em.flush();
            List<Long> projectIds = new ArrayList<>();
            List<Long> assetIds = new ArrayList<>();
            for (int i = 1; i <= projects; i++) {
                Project p =
                        new Project(ProjectSamples.project(String.format("HT-2026-%04d", i), hk.getId(), sz.getId()));
                em.persist(p);
                em.flush();
                IpAsset a = new IpAsset(
                        IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
                em.persist(a);
                em.flush();
                // first owned by the two participants and an outside co-owner, then by the lead alone
                OwnershipVersion v1 = OwnershipVersion.first(
                        a.getId(),
                        change(
                                LocalDate.of(2026, 1, 1),
                                new ShareDetails(hk.getId(), 5000),
                                new ShareDetails(sz.getId(), 3000),
                                new ShareDetails(other.getId(), 2000)),
                        "admin");
                em.persist(v1);
                em.flush();
                em.persist(v1.next(change(LocalDate.of(2026, 6, 1), new ShareDetails(hk.getId(), 10000)), "admin"));
                projectIds.add(p.getId());
                assetIds.add(a.getId());
            }
            em.flush();
            return new World(hk.getId(), sz.getId(), other.getId(), inventor.getId(), projectIds, assetIds);
        });
    }

    private static OwnershipChange change(LocalDate from, ShareDetails... shares) {
        return new OwnershipChange(List.of(shares), from, "assignment");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsABatchOfEveryKindAsEachRecordAloneWouldBeRead(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f, 7);
            List<IndexTarget> targets = new ArrayList<>();
            targets.add(new IndexTarget(DocType.INSTITUTION, w.hk()));
            targets.add(new IndexTarget(DocType.PERSON, w.person()));
            w.projects().forEach(id -> targets.add(new IndexTarget(DocType.PROJECT, id)));
            w.assets().forEach(id -> targets.add(new IndexTarget(DocType.IP_ASSET, id)));
            IndexTarget gone = new IndexTarget(DocType.PROJECT, 999_999);
            targets.add(gone);

            f.emf().getCache().evictAll();
            // read in transactions that commit: the batch-read rows must leave nothing for the commit to trip on
            Map<IndexTarget, Optional<SearchDocument>> together =
                    f.inTransaction(em -> new IndexSource(em).documents(targets));
            for (IndexTarget t : targets) {
                f.emf().getCache().evictAll();
                Optional<SearchDocument> alone = f.inTransaction(
                        em -> new IndexSource(em).documents(List.of(t)).get(t));
                assertEquals(alone, together.get(t), "document of " + t);
            }

            assertEquals(Optional.empty(), together.get(gone));
            assertEquals(targets.size(), together.size());
            SearchDocument project = together.get(
                            new IndexTarget(DocType.PROJECT, w.projects().get(3)))
                    .orElseThrow();
            assertEquals(Set.of(w.hk(), w.sz()), project.partyInstitutionIds());
            assertEquals(Set.of("HKUST", "SUSTech"), project.facets().get(Facet.INSTITUTION));
            SearchDocument asset = together.get(
                            new IndexTarget(DocType.IP_ASSET, w.assets().get(5)))
                    .orElseThrow();
            // an earlier owner stays a party; the facet names the participants (the asset is investor-visible)
            assertEquals(Set.of(w.hk(), w.sz(), w.other()), asset.partyInstitutionIds());
            assertTrue(
                    asset.publicText().identifiers().contains("HKUST"),
                    asset.publicText().identifiers().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheIdsOfEachTypeInOrderAndReReadsEachUnderItsReconciliationKind(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f, 3);
            Map<DocType, Long> one = Map.of(
                    DocType.INSTITUTION,
                    w.sz(),
                    DocType.PERSON,
                    w.person(),
                    DocType.PROJECT,
                    w.projects().get(1),
                    DocType.IP_ASSET,
                    w.assets().get(2));
            assertEquals(
                    List.of(w.hk(), w.sz(), w.other()),
                    boxed(f.inTransaction(em -> new IndexSource(em).ids(DocType.INSTITUTION))));
            assertEquals(List.of(w.person()), boxed(f.inTransaction(em -> new IndexSource(em).ids(DocType.PERSON))));
            assertEquals(w.projects(), boxed(f.inTransaction(em -> new IndexSource(em).ids(DocType.PROJECT))));
            assertEquals(w.assets(), boxed(f.inTransaction(em -> new IndexSource(em).ids(DocType.IP_ASSET))));
            one.forEach((type, id) -> assertTrue(
                    f.inTransaction(em -> new IndexSource(em).targets(IndexReconciler.kind(type), id))
                            .contains(new IndexTarget(type, id)),
                    type + " " + id));
            // a record that is gone is still a target, so that its document is deleted
            assertTrue(f.inTransaction(
                            em -> new IndexSource(em).targets(IndexReconciler.kind(DocType.PROJECT), 999_999L))
                    .contains(new IndexTarget(DocType.PROJECT, 999_999L)));
        }
    }

    private static List<Long> boxed(long[] ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
