package org.hetao.registry.indexing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipService;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectService;
import org.hetao.registry.project.Staffing;
import org.hetao.registry.search.DocType;
import org.hetao.registry.search.SearchDocument;

/**
 * Reads records from the database and turns them into search documents, each call in its own
 * transaction: one record by id (the indexer), or the next records of a type in id order (a rebuild).
 * Also knows which documents an outbox entry concerns.
 */
@Stateless
public class IndexSource {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;
    @Inject
    InstitutionRepository institutions;
    @Inject
    OwnershipRepository ownership;

    /** The document of the record as it is now, or empty when the record no longer exists. */
    public Optional<SearchDocument> document(IndexTarget target) {
        Class<?> entity = entityClass(target.type());
        return Optional.ofNullable(em.find(entity, target.id())).map(record -> toDocument(target.type(), record, new HashMap<>()));
    }

    /** Up to {@code max} documents of one type with ids above {@code afterId}, in id order. */
    public List<SearchDocument> after(DocType type, long afterId, int max) {
        Class<?> entity = entityClass(type);
        List<?> records = em.createQuery("SELECT r FROM " + entity.getSimpleName() + " r WHERE r.id > :after ORDER BY r.id", entity)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        Map<Long, Institution> cache = new HashMap<>();
        List<SearchDocument> documents = new ArrayList<>(records.size());
        records.forEach(r -> documents.add(toDocument(type, r, cache)));
        return documents;
    }

    /** How many records the index holds when complete. */
    public long count() {
        long total = 0;
        for (DocType type : DocType.values()) {
            total += em.createQuery("SELECT COUNT(r) FROM " + entityClass(type).getSimpleName() + " r", Long.class).getSingleResult();
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
                List<Long> projects = ids("SELECT DISTINCT p.id FROM Project p JOIN p.participants x WHERE x.institutionId = :id", id);
                add(targets, DocType.PROJECT, projects);
                add(targets, DocType.PERSON, ids("SELECT p.id FROM Person p WHERE p.institutionId = :id", id));
                add(targets, DocType.IP_ASSET, ids("SELECT DISTINCT v.ipAssetId FROM OwnershipVersion v JOIN v.shares s "
                        + "WHERE s.institutionId = :id", id));
                for (long project : projects) {
                    add(targets, DocType.IP_ASSET, ids("SELECT a.id FROM IpAsset a WHERE a.projectId = :id", project));
                }
            }
            case Person.KIND -> targets.add(new IndexTarget(DocType.PERSON, id));
            case Project.KIND -> {
                targets.add(new IndexTarget(DocType.PROJECT, id));
                add(targets, DocType.IP_ASSET, ids("SELECT a.id FROM IpAsset a WHERE a.projectId = :id", id));
            }
            case ProjectService.STAFFING -> Optional.ofNullable(em.find(Staffing.class, id))
                    .ifPresent(s -> targets.add(new IndexTarget(DocType.PROJECT, s.getProject().getId())));
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

    private SearchDocument toDocument(DocType type, Object record, Map<Long, Institution> cache) {
        return switch (type) {
            case INSTITUTION -> {
                Institution i = (Institution) record;
                yield SearchDocuments.institution(i.getId(), i);
            }
            case PERSON -> {
                Person p = (Person) record;
                yield SearchDocuments.person(p.getId(), p, institutions(List.of(p.getInstitutionId()), cache));
            }
            case PROJECT -> {
                Project p = (Project) record;
                yield SearchDocuments.project(p.getId(), p, institutions(p.parties(), cache));
            }
            case IP_ASSET -> {
                IpAsset a = (IpAsset) record;
                Project project = em.find(Project.class, a.getProjectId());
                Set<Long> current = ownership.current(a.getId()).map(OwnershipVersion::owners).orElse(Set.of());
                Set<Long> named = new LinkedHashSet<>(project.parties());
                named.addAll(current);
                yield SearchDocuments.ipAsset(a.getId(), a, project, current, ownership.everOwners(a.getId()), institutions(named, cache));
            }
        };
    }

    private Map<Long, Institution> institutions(Collection<Long> ids, Map<Long, Institution> cache) {
        Map<Long, Institution> found = new HashMap<>();
        for (long id : ids) {
            Institution i = cache.computeIfAbsent(id, k -> institutions.find(k).orElse(null));
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
