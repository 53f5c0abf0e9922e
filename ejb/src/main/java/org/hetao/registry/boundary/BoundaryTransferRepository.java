package org.hetao.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;

/**
 * Stores and finds transfers. A list holds only the transfers of projects the reader may read: the
 * project's read rule ({@link ProjectAccess}), applied to each transfer's project.
 */
@ApplicationScoped
public class BoundaryTransferRepository {
    public static final Map<String, String> SORT_KEYS = Map.of(
            "requested", "requestedDate", "sent", "sentDate", "status", "status", "created", "createdAt", "id", "id");

    /** Enough for every transfer an export lists: a project's or an office's, not the zone's history at once. */
    public static final int EXPORT_LIMIT = 10_000;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public BoundaryTransferRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    public BoundaryTransferRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<BoundaryTransfer> find(long id) {
        return Optional.ofNullable(em.find(BoundaryTransfer.class, id));
    }

    public BoundaryTransfer get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(BoundaryTransfer.KIND, id));
    }

    public void add(BoundaryTransfer transfer) {
        em.persist(transfer);
    }

    public void flush() {
        em.flush();
    }

    /** A page of the transfers this reader may read, with these filters. */
    public Page<BoundaryTransfer> list(TransferFilter f, PageRequest page, ReadScope scope) {
        return query(f, scope).page(page, SORT_KEYS.get(page.sort()));
    }

    /** Every transfer this reader may read with these filters, in id order, at most {@link #EXPORT_LIMIT}. */
    public List<BoundaryTransfer> all(TransferFilter f, ReadScope scope) {
        return query(f, scope).slice(0, EXPORT_LIMIT);
    }

    ListQuery<BoundaryTransfer> query(TransferFilter f, ReadScope scope) {
        ListQuery<BoundaryTransfer> q = new ListQuery<>(em, BoundaryTransfer.class)
                .where(readableBy(scope))
                .equal("projectId", f.projectId())
                .equal("status", f.status())
                .equal("kind", f.kind())
                .equal("fromPark", f.fromPark())
                .equal("toPark", f.toPark());
        if (f.institutionId() != null) {
            q.where((cb, t) -> cb.or(
                    cb.equal(t.get("fromInstitutionId"), f.institutionId()),
                    cb.equal(t.get("toInstitutionId"), f.institutionId())));
        }
        return q;
    }

    /** The transfers whose project a reader with this scope may read ({@link ProjectAccess#readable}). */
    public static ListQuery.Filter<BoundaryTransfer> readableBy(ReadScope scope) {
        return (cb, t, query) -> {
            Subquery<Long> readable = query.subquery(Long.class);
            var project = readable.from(Project.class);
            readable.select(project.get("id")).where(ProjectAccess.readable(scope, cb, project, readable));
            return t.get("projectId").in(readable);
        };
    }
}
