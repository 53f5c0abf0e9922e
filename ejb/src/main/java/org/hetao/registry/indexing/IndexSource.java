package org.hetao.registry.indexing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.ReadTogether;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.ownership.OwnershipService;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectService;
import org.hetao.registry.project.Staffing;

/**
 * Reads records from the database and turns them into search documents, each call in its own
 * transaction: one record by id (the indexer), or the next records of a type in id order (a rebuild).
 * Also knows which documents an outbox entry concerns.
 */
@Stateless
public class IndexSource {
    /** Ids per IN list. */
    static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    RegistryClock clock;

    /** For the container, which needs a public constructor without parameters. */
    public IndexSource() {}

    /** A source over a given entity manager (tests outside the container). */
    IndexSource(EntityManager em) {
        this.em = em;
        this.clock = new RegistryClock();
    }

    /** The ids of every record of a type, in ascending order. */
    public long[] ids(DocType type) {
        return em.createQuery("SELECT r.id FROM " + entityClass(type).getSimpleName() + " r ORDER BY r.id", Long.class)
                .getResultStream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The document of the record as it is now, or empty when the record no longer exists. */
    public Optional<SearchDocument> document(IndexTarget target) {
        return documents(List.of(target)).get(target);
    }

    /**
     * The documents of these records as they are now, read together in one transaction: the
     * records of each type by their ids, their collections, projects, owners and institutions each
     * in a few queries for the whole batch rather than a few per record. A record that no longer
     * exists maps to empty.
     */
    public Map<IndexTarget, Optional<SearchDocument>> documents(Collection<IndexTarget> targets) {
        Map<DocType, List<Long>> byType = new EnumMap<>(DocType.class);
        targets.forEach(
                t -> byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t.id()));
        Map<IndexTarget, SearchDocument> found = new HashMap<>();
        Map<Long, Institution> cache = new HashMap<>();
        byType.forEach((type, ids) -> {
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                List<?> records = batchFetching(
                                type,
                                em.createQuery(
                                                "SELECT r FROM "
                                                        + entityClass(type).getSimpleName() + " r WHERE r.id IN :ids",
                                                entityClass(type))
                                        .setParameter("ids", chunk))
                        .getResultList();
                toDocuments(type, records, cache).forEach(d -> found.put(new IndexTarget(type, d.id()), d));
            }
        });
        Map<IndexTarget, Optional<SearchDocument>> documents = new LinkedHashMap<>();
        targets.forEach(t -> documents.put(t, Optional.ofNullable(found.get(t))));
        return documents;
    }

    /** Up to {@code max} documents of one type with ids above {@code afterId}, in id order. */
    public List<SearchDocument> after(DocType type, long afterId, int max) {
        Class<?> entity = entityClass(type);
        List<?> records = batchFetching(
                        type,
                        em.createQuery(
                                "SELECT r FROM " + entity.getSimpleName() + " r WHERE r.id > :after ORDER BY r.id",
                                entity))
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        return toDocuments(type, records, new HashMap<>());
    }

    /** How many records the index holds when complete. */
    public long count() {
        long total = 0;
        for (DocType type : DocType.values()) {
            total += em.createQuery("SELECT COUNT(r) FROM " + entityClass(type).getSimpleName() + " r", Long.class)
                    .getSingleResult();
        }
        return total;
    }

    /**
     * The documents to re-read after a change recorded in the outbox. A project's assets follow
     * it (their visibility, parties and sectors come from it); an institution's projects, assets and
     * people follow it (its names are in their facets); staffing and ownership changes concern
     * their project and asset. Accounts are not indexed.
     */
    public Set<IndexTarget> targets(String kind, long id) {
        Set<IndexTarget> targets = new LinkedHashSet<>();
        switch (kind) {
            case Institution.KIND -> {
                targets.add(new IndexTarget(DocType.INSTITUTION, id));
                List<Long> projects = ids(
                        "SELECT DISTINCT p.id FROM Project p JOIN p.participants x WHERE x.institutionId = :id", id);
                add(targets, DocType.PROJECT, projects);
                add(targets, DocType.PERSON, ids("SELECT p.id FROM Person p WHERE p.institutionId = :id", id));
                add(
                        targets,
                        DocType.IP_ASSET,
                        ids(
                                "SELECT DISTINCT v.ipAssetId FROM OwnershipVersion v JOIN v.shares s "
                                        + "WHERE s.institutionId = :id",
                                id));
                for (long project : projects) {
                    add(targets, DocType.IP_ASSET, ids("SELECT a.id FROM IpAsset a WHERE a.projectId = :id", project));
                }
            }
            case Person.KIND -> targets.add(new IndexTarget(DocType.PERSON, id));
            case Project.KIND -> {
                targets.add(new IndexTarget(DocType.PROJECT, id));
                add(targets, DocType.IP_ASSET, ids("SELECT a.id FROM IpAsset a WHERE a.projectId = :id", id));
            }
            case ProjectService.STAFFING ->
                Optional.ofNullable(em.find(Staffing.class, id))
                        .ifPresent(s -> targets.add(
                                new IndexTarget(DocType.PROJECT, s.getProject().getId())));
            case IpAsset.KIND_NAME, OwnershipService.KIND -> targets.add(new IndexTarget(DocType.IP_ASSET, id));
            default -> {
                // accounts and anything else the index does not hold
            }
        }
        return targets;
    }

    private List<Long> ids(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getResultList();
    }

    private static void add(Set<IndexTarget> targets, DocType type, Collection<Long> ids) {
        ids.forEach(i -> targets.add(new IndexTarget(type, i)));
    }

    /** Reads the collections a document needs for all records of the query together ({@link ReadTogether}). */
    private static <T> TypedQuery<T> batchFetching(DocType type, TypedQuery<T> query) {
        return ReadTogether.collections(
                query,
                switch (type) {
                    case PROJECT -> List.of("r.keywords", "r.sectors", "r.participants", "r.funding");
                    case IP_ASSET -> List.of("r.filings", "r.inventors");
                    case INSTITUTION, PERSON -> List.of();
                });
    }

    private List<SearchDocument> toDocuments(DocType type, List<?> records, Map<Long, Institution> cache) {
        List<SearchDocument> documents = new ArrayList<>(records.size());
        switch (type) {
            case INSTITUTION ->
                records.forEach(
                        r -> documents.add(SearchDocuments.institution(((Institution) r).getId(), (Institution) r)));
            case PERSON -> {
                List<Person> people = cast(records);
                loadInstitutions(people.stream().map(Person::getInstitutionId).toList(), cache);
                people.forEach(p -> documents.add(
                        SearchDocuments.person(p.getId(), p, institutions(List.of(p.getInstitutionId()), cache))));
            }
            case PROJECT -> {
                List<Project> projects = cast(records);
                loadInstitutions(
                        projects.stream().flatMap(p -> p.parties().stream()).toList(), cache);
                projects.forEach(
                        p -> documents.add(SearchDocuments.project(p.getId(), p, institutions(p.parties(), cache))));
            }
            case IP_ASSET -> {
                List<IpAsset> assets = cast(records);
                Map<Long, Project> projects = projectsOf(assets);
                Map<Long, List<OwnershipVersion>> versions = versionsOf(assets);
                LocalDate today = clock.today();
                Set<Long> named = new LinkedHashSet<>();
                projects.values().forEach(p -> named.addAll(p.parties()));
                versions.values().forEach(list -> list.forEach(v -> named.addAll(v.owners())));
                loadInstitutions(named, cache);
                for (IpAsset a : assets) {
                    Project project = projects.get(a.getProjectId());
                    List<OwnershipVersion> history = versions.getOrDefault(a.getId(), List.of());
                    Set<Long> current = new OwnershipTimeline(history)
                            .inForceOn(today)
                            .map(OwnershipVersion::owners)
                            .orElse(Set.of());
                    Set<Long> ever = new HashSet<>();
                    history.forEach(v -> ever.addAll(v.owners()));
                    Set<Long> parties = new LinkedHashSet<>(project.parties());
                    parties.addAll(current);
                    documents.add(SearchDocuments.ipAsset(
                            a.getId(), a, project, current, ever, institutions(parties, cache)));
                }
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> records) {
        return (List<T>) records;
    }

    private Map<Long, Project> projectsOf(List<IpAsset> assets) {
        List<Long> ids = assets.stream().map(IpAsset::getProjectId).distinct().toList();
        Map<Long, Project> projects = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            batchFetching(
                            DocType.PROJECT,
                            em.createQuery("SELECT r FROM Project r WHERE r.id IN :ids", Project.class)
                                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))))
                    .getResultList()
                    .forEach(p -> projects.put(p.getId(), p));
        }
        return projects;
    }

    private Map<Long, List<OwnershipVersion>> versionsOf(List<IpAsset> assets) {
        List<Long> ids = assets.stream().map(IpAsset::getId).toList();
        Map<Long, List<OwnershipVersion>> versions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            ReadTogether.collections(
                            em.createQuery(
                                            "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId IN :ids",
                                            OwnershipVersion.class)
                                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))),
                            List.of("v.shares"))
                    .getResultList()
                    .forEach(v -> versions.computeIfAbsent(v.getIpAssetId(), k -> new ArrayList<>())
                            .add(v));
        }
        return versions;
    }

    /** Reads the institutions not yet in the cache, in one query per {@value #IN_LIST}. */
    private void loadInstitutions(Collection<Long> ids, Map<Long, Institution> cache) {
        List<Long> missing =
                ids.stream().filter(id -> !cache.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += IN_LIST) {
            em.createQuery("SELECT i FROM Institution i WHERE i.id IN :ids", Institution.class)
                    .setParameter("ids", missing.subList(from, Math.min(missing.size(), from + IN_LIST)))
                    .getResultList()
                    .forEach(i -> cache.put(i.getId(), i));
        }
    }

    private static Map<Long, Institution> institutions(Collection<Long> ids, Map<Long, Institution> cache) {
        Map<Long, Institution> found = new HashMap<>();
        for (long id : ids) {
            Institution i = cache.get(id);
            if (i != null) {
                found.put(id, i);
            }
        }
        return found;
    }

    private static Class<?> entityClass(DocType type) {
        return switch (type) {
            case INSTITUTION -> Institution.class;
            case PERSON -> Person.class;
            case PROJECT -> Project.class;
            case IP_ASSET -> IpAsset.class;
        };
    }
}
