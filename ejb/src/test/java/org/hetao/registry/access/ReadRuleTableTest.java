package org.hetao.registry.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.indexing.SearchDocuments;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.RebuildProgress;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.lucene.SearchRequest;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of reader, party, confidentiality and licensing, for projects and IP assets, on
 * both databases: the check on a record in memory (what the API, imports and saved searches use), the
 * criteria predicate run as a query (lists, counts, statistics, exports) and a search index built by
 * the search module (hits, totals, facets) all agree with each other and with the table of
 * docs/security.md ("Confidentiality"), written out here on its own in {@link #expected}.
 */
class ReadRuleTableTest {

    /** Who reads: each role, and a visitor of the public catalogue. A TTO acts for the "own" institution. */
    enum Reader {
        ADMIN,
        LEGAL,
        TTO,
        INVESTOR,
        PUBLIC_VISITOR;

        Caller caller(long ownInstitution) {
            return switch (this) {
                case ADMIN -> new Caller(1, "admin", Role.ADMIN, null);
                case LEGAL -> new Caller(2, "legal", Role.LEGAL, null);
                case TTO -> new Caller(3, "tto", Role.TTO, ownInstitution);
                case INVESTOR -> new Caller(4, "investor", Role.INVESTOR, null);
                case PUBLIC_VISITOR -> Caller.PUBLIC_VISITOR;
            };
        }
    }

    /**
     * How the reader's institution takes part: in the record's project, not at all, or (an IP asset
     * only) as the owner of a share of an asset of another institution's project.
     */
    enum Party {
        OWN_PROJECT,
        OTHER,
        CO_OWNER
    }

    /**
     * docs/security.md, "Confidentiality": PUBLIC is read by every account; CONSORTIUM and
     * CONFIDENTIAL by the parties' offices, LEGAL and ADMIN. An IP asset is readable when both it and
     * its project are; its parties are the project's participants and its owners. An INVESTOR (and so
     * a visitor of the public catalogue) reads only PUBLIC projects and PUBLIC IP assets of PUBLIC
     * projects whose licensing is EXCLUSIVE or NON_EXCLUSIVE.
     *
     * @param asset null for the project itself
     */
    static boolean expected(
            Reader reader, Party party, Confidentiality project, Confidentiality asset, Licensing licensing) {
        boolean projectPublic = project == Confidentiality.PUBLIC;
        boolean allPublic = projectPublic && (asset == null || asset == Confidentiality.PUBLIC);
        return switch (reader) {
            case ADMIN, LEGAL -> true;
            case TTO -> allPublic || party != Party.OTHER;
            case INVESTOR, PUBLIC_VISITOR ->
                allPublic
                        && (asset == null || licensing == Licensing.EXCLUSIVE || licensing == Licensing.NON_EXCLUSIVE);
        };
    }

    static Stream<Arguments> projects() {
        List<Arguments> rows = new ArrayList<>();
        for (TestDatabase db : TestDatabase.values()) {
            for (Reader reader : Reader.values()) {
                for (Party party : List.of(Party.OWN_PROJECT, Party.OTHER)) {
                    for (Confidentiality project : Confidentiality.values()) {
                        rows.add(Arguments.of(db, reader, party, project));
                    }
                }
            }
        }
        return rows.stream();
    }

    static Stream<Arguments> assets() {
        List<Arguments> rows = new ArrayList<>();
        for (TestDatabase db : TestDatabase.values()) {
            for (Reader reader : Reader.values()) {
                for (Party party : Party.values()) {
                    for (Confidentiality project : Confidentiality.values()) {
                        for (Confidentiality asset : Confidentiality.values()) {
                            for (Licensing licensing : Licensing.values()) {
                                rows.add(Arguments.of(db, reader, party, project, asset, licensing));
                            }
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: project {3}")
    @MethodSource("projects")
    void eachFormReadsAProjectAsTheTableSays(
            TestDatabase db, Reader reader, Party party, Confidentiality confidentiality) {
        World w = World.of(db);
        long id = w.projects.get(new ProjectKey(party, confidentiality));
        ReadScope scope = ReadScope.of(reader.caller(w.own));
        assertAgree(
                expected(reader, party, confidentiality, null, null),
                w.javaProject(reader, id),
                w.jpa(DocType.PROJECT, scope).contains(id),
                w.search(DocType.PROJECT, scope).contains(id));
    }

    @ParameterizedTest(name = "{0} {1} {2}: project {3}, asset {4}, {5}")
    @MethodSource("assets")
    void eachFormReadsAnAssetAsTheTableSays(
            TestDatabase db,
            Reader reader,
            Party party,
            Confidentiality project,
            Confidentiality asset,
            Licensing licensing) {
        World w = World.of(db);
        long id = w.assets.get(new AssetKey(party, project, asset, licensing));
        ReadScope scope = ReadScope.of(reader.caller(w.own));
        assertAgree(
                expected(reader, party, project, asset, licensing),
                w.javaAsset(reader, id),
                w.jpa(DocType.IP_ASSET, scope).contains(id),
                w.search(DocType.IP_ASSET, scope).contains(id));
    }

    private static void assertAgree(boolean expected, boolean java, boolean jpa, boolean search) {
        assertEquals(
                List.of(expected, expected, expected),
                List.of(java, jpa, search),
                "the check in memory, the database query and the search index (expected: " + expected + ")");
    }

    @AfterAll
    static void close() {
        World.WORLDS.values().forEach(World::close);
        World.WORLDS.clear();
    }

    record ProjectKey(Party party, Confidentiality confidentiality) {}

    record AssetKey(Party party, Confidentiality project, Confidentiality asset, Licensing licensing) {}

    /** One database with a record for every combination, and a search index built from it. */
    static final class World {
        static final Map<TestDatabase, World> WORLDS = new EnumMap<>(TestDatabase.class);

        final TestDatabase.Fixture fixture;
        final long own;
        final long other;
        final Map<ProjectKey, Long> projects = new HashMap<>();
        final Map<AssetKey, Long> assets = new HashMap<>();
        final Path indexDir;
        final SearchIndex index;
        final Loaded loaded;
        private final Map<String, Set<Long>> answers = new HashMap<>();

        static synchronized World of(TestDatabase db) {
            return WORLDS.computeIfAbsent(db, World::new);
        }

        private World(TestDatabase db) {
            fixture = db.fresh();
            long[] institutions = fixture.inTransaction(em -> {
                Institution a = new Institution(Samples.hkust());
                Institution b = new Institution(Samples.institution("SZU", Jurisdiction.MAINLAND));
                em.persist(a);
                em.persist(b);
                em.flush();
                return new long[] {a.getId(), b.getId()};
            });
            own = institutions[0];
            other = institutions[1];
            fixture.run(this::store);
            loaded = fixture.inTransaction(Loaded::from);
            try {
                indexDir = Files.createTempDirectory("read-rule-index");
                index = SearchIndex.open(indexDir);
                index.replaceAll(fixture.inTransaction(this::documents), RebuildProgress.none());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void store(EntityManager em) {
            int code = 0;
            for (Party party : List.of(Party.OWN_PROJECT, Party.OTHER)) {
                for (Confidentiality pc : Confidentiality.values()) {
                    long lead = party == Party.OWN_PROJECT ? own : other;
                    Project p = new Project(ProjectSamples.withParticipants(
                            withConfidentiality(
                                    ProjectSamples.project("HT-2026-%04d".formatted(++code), lead, lead), pc),
                            ProjectSamples.lead(lead)));
                    em.persist(p);
                    em.flush();
                    projects.put(new ProjectKey(party, pc), p.getId());
                    for (Party assetParty : party == Party.OWN_PROJECT
                            ? List.of(Party.OWN_PROJECT)
                            : List.of(Party.OTHER, Party.CO_OWNER)) {
                        for (Confidentiality ac : Confidentiality.values()) {
                            for (Licensing licensing : Licensing.values()) {
                                IpAsset a = new IpAsset(IpAssetSamples.offered(
                                        IpAssetSamples.patent(p.getId(), List.of()),
                                        new LocalizedText("A gripper for sample tubes.", null, null),
                                        licensing,
                                        ac));
                                em.persist(a);
                                em.flush();
                                if (assetParty == Party.CO_OWNER) {
                                    em.persist(OwnershipVersion.first(
                                            a.getId(),
                                            new OwnershipChange(
                                                    List.of(new ShareDetails(other, 5000), new ShareDetails(own, 5000)),
                                                    LocalDate.of(2026, 1, 1),
                                                    "Joint development"),
                                            "admin"));
                                }
                                assets.put(new AssetKey(assetParty, pc, ac, licensing), a.getId());
                            }
                        }
                    }
                }
            }
        }

        private static org.hetao.registry.project.ProjectDetails withConfidentiality(
                org.hetao.registry.project.ProjectDetails d, Confidentiality c) {
            return new org.hetao.registry.project.ProjectDetails(
                    d.code(),
                    d.title(),
                    d.abstractText(),
                    d.keywords(),
                    d.sectors(),
                    d.site(),
                    d.status(),
                    d.startDate(),
                    d.endDate(),
                    c,
                    d.participants(),
                    d.funding());
        }

        /** The search documents, written as the indexer writes them. */
        private List<SearchDocument> documents(EntityManager em) {
            Map<Long, Institution> institutions = new HashMap<>();
            em.createQuery("SELECT i FROM Institution i", Institution.class)
                    .getResultList()
                    .forEach(i -> institutions.put(i.getId(), i));
            List<SearchDocument> documents = new ArrayList<>();
            for (long id : projects.values()) {
                documents.add(SearchDocuments.project(id, em.find(Project.class, id), institutions));
            }
            for (long id : assets.values()) {
                IpAsset a = em.find(IpAsset.class, id);
                Set<Long> owners = OwnershipRepository.everOwners(em, id);
                documents.add(SearchDocuments.ipAsset(
                        id, a, em.find(Project.class, a.getProjectId()), owners, owners, institutions));
            }
            return documents;
        }

        /** The check on each record in memory, as the API makes it. */
        synchronized boolean javaProject(Reader reader, long id) {
            AccessGuard guard = AccessGuard.forCaller(reader.caller(own));
            return ProjectAccess.readable(guard, loaded.projects().get(id));
        }

        synchronized boolean javaAsset(Reader reader, long id) {
            AccessGuard guard = AccessGuard.forCaller(reader.caller(own));
            IpAsset asset = loaded.assets().get(id);
            return AssetAccess.readable(
                    guard,
                    loaded.projects().get(asset.getProjectId()),
                    asset,
                    loaded.everOwners().getOrDefault(id, Set.of()));
        }

        /** The records as read from the database, with every institution that owns or owned a share of each asset. */
        record Loaded(Map<Long, Project> projects, Map<Long, IpAsset> assets, Map<Long, Set<Long>> everOwners) {
            static Loaded from(EntityManager em) {
                Map<Long, Project> projects = new HashMap<>();
                em.createQuery("SELECT p FROM Project p", Project.class)
                        .getResultList()
                        .forEach(p -> {
                            p.parties(); // the participants, read before the entity manager closes
                            projects.put(p.getId(), p);
                        });
                Map<Long, IpAsset> assets = new HashMap<>();
                em.createQuery("SELECT a FROM IpAsset a", IpAsset.class)
                        .getResultList()
                        .forEach(a -> assets.put(a.getId(), a));
                Map<Long, Set<Long>> everOwners = new HashMap<>();
                for (long a : assets.keySet()) {
                    everOwners.put(a, OwnershipRepository.everOwners(em, a));
                }
                return new Loaded(projects, assets, everOwners);
            }
        }

        /** The ids the list query finds for the scope. */
        synchronized Set<Long> jpa(DocType type, ReadScope scope) {
            return answers.computeIfAbsent(
                    "jpa " + type + " " + scope,
                    k -> fixture.inTransaction(em -> type == DocType.PROJECT
                            ? ids(em, Project.class, ProjectRepository.visibleTo(scope))
                            : ids(em, IpAsset.class, IpAssetRepository.visibleTo(scope))));
        }

        private static <T> Set<Long> ids(EntityManager em, Class<T> type, ListQuery.Filter<T> visible) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<T> r = q.from(type);
            q.select(r.get("id")).where(visible.apply(cb, r, q));
            return new HashSet<>(em.createQuery(q).getResultList());
        }

        /** The ids a search for everything finds for the scope's audience. */
        synchronized Set<Long> search(DocType type, ReadScope scope) {
            return answers.computeIfAbsent("search " + type + " " + scope, k -> {
                Set<Long> ids = new HashSet<>();
                try {
                    for (int page = 1; ; page++) {
                        List<SearchHit> hits = index.search(SearchRequest.builder(ReadRule.audience(scope))
                                        .types(type)
                                        .page(page)
                                        .size(100)
                                        .build())
                                .hits();
                        hits.forEach(h -> ids.add(h.id()));
                        if (hits.size() < 100) {
                            return ids;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        void close() {
            try {
                index.close();
                try (Stream<Path> files = Files.walk(indexDir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                fixture.close();
            }
        }
    }
}
