package org.hetao.registry.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.audit.ChangeBatch;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.RegistryIds;

/** Stores and finds projects and their staff. */
@ApplicationScoped
public class ProjectRepository {
    /** Sort keys a client may use, mapped to entity attributes. */
    public static final Map<String, String> SORT_KEYS =
            Map.of("code", "code", "title", "title.en", "start", "startDate", "created", "createdAt", "id", "id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected ProjectRepository() {}

    /** A repository over a given entity manager (tests outside the container). */
    public ProjectRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Project> find(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    public Project get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Project.KIND, id));
    }

    /** The project a request field refers to; a missing one is an invalid value of that field. */
    public Project reference(String field, long id) {
        return find(id).orElseThrow(() -> new ReferenceNotFoundException(field, Project.KIND, id));
    }

    /** The codes of these projects, by id (one query). */
    public Map<Long, String> codes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.id, p.code FROM Project p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public Optional<Project> findByCode(String code) {
        return em.createQuery("SELECT p FROM Project p WHERE p.code = :c", Project.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** How many IP assets name this project as their origin. */
    public long countIpAssets(long projectId) {
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM ip_asset WHERE project_id = ?1")
                .setParameter(1, projectId)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    /** Writes new projects with their staff in the current transaction, their creations recorded in {@code changes}. */
    public void create(List<Project> list, ChangeBatch changes) {
        new ProjectWrites(em, RegistryIds.of(em)).create(list, changes);
    }

    public void remove(Project project) {
        em.remove(project);
    }

    /** Marks the project changed (its version goes up) when only its staff changed. */
    public void touch(Project project) {
        em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }

    public Page<Project> list(ProjectFilter f, PageRequest page, ReadScope scope) {
        // the list shows each project's sectors and participants
        return query(f, scope).fetchTogether("sectors", "participants").page(page, SORT_KEYS.get(page.sort()));
    }

    /** The projects of the list a reader sees with these filters (a page of it, or all of it for an export). */
    public ListQuery<Project> query(ProjectFilter f, ReadScope scope) {
        ListQuery<Project> q = new ListQuery<>(em, Project.class)
                .where(visibleTo(scope))
                .containsText(f.text(), "code", "title.en", "title.zhHant", "title.zhHans")
                .equal("status", f.status())
                .equal("site", f.site())
                .equal("confidentiality", f.confidentiality());
        if (f.sector() != null) {
            // one row per (project, sector): the join cannot repeat a project
            q.where((cb, r) -> cb.equal(r.join("sectors"), f.sector()));
        }
        if (f.institutionId() != null) {
            // one row per (project, institution): the join cannot repeat a project
            q.where((cb, r) -> cb.equal(r.join("participants").get("institutionId"), f.institutionId()));
        }
        if (f.year() != null) {
            LocalDate first = LocalDate.of(f.year(), 1, 1);
            LocalDate last = LocalDate.of(f.year(), 12, 31);
            q.where((cb, r) -> cb.and(
                    cb.lessThanOrEqualTo(r.<LocalDate>get("startDate"), last),
                    cb.or(cb.isNull(r.get("endDate")), cb.greaterThanOrEqualTo(r.<LocalDate>get("endDate"), first))));
        }
        return q;
    }

    /** The projects a reader may see ({@link ProjectAccess}). */
    public static ListQuery.Filter<Project> visibleTo(ReadScope scope) {
        return (cb, r, query) -> ProjectAccess.readable(scope, cb, r, query);
    }

    /** The ids of the projects an institution takes part in. */
    public static Subquery<Long> participating(CriteriaBuilder cb, AbstractQuery<?> query, long institutionId) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Project> p = sq.from(Project.class);
        sq.select(p.get("id")).where(cb.equal(p.join("participants").get("institutionId"), institutionId));
        return sq;
    }
}
