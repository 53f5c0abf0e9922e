package org.hetao.registry.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;

/** Stores and finds institutions. */
@ApplicationScoped
public class InstitutionRepository {
    /** Sort keys a client may use, mapped to entity attributes. */
    public static final Map<String, String> SORT_KEYS =
            Map.of("shortName", "shortName", "name", "name.en", "created", "createdAt", "id", "id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** For the container. */
    public InstitutionRepository() {}

    /** A repository over a given entity manager (tests outside the container). */
    public InstitutionRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Institution> find(long id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    public Institution get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Institution.KIND, id));
    }

    /** The institution a request field refers to; a missing one is an invalid value of that field. */
    public Institution reference(String field, long id) {
        return find(id).orElseThrow(() -> new ReferenceNotFoundException(field, Institution.KIND, id));
    }

    /** The short names of these institutions, by id (one query). */
    public Map<Long, String> shortNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i.id, i.shortName FROM Institution i WHERE i.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public Optional<Institution> findByShortName(String shortName) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.shortName = :s", Institution.class)
                .setParameter("s", shortName)
                .getResultStream()
                .findFirst();
    }

    public Optional<Institution> findByRorId(String rorId) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.rorId = :r", Institution.class)
                .setParameter("r", rorId)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM Institution i", Long.class).getSingleResult();
    }

    public void add(Institution institution) {
        em.persist(institution);
    }

    public void remove(Institution institution) {
        em.remove(institution);
    }

    public void flush() {
        em.flush();
    }

    public Page<Institution> list(InstitutionFilter f, PageRequest page) {
        return query(f).page(page, SORT_KEYS.get(page.sort()));
    }

    /** The institutions of the list with these filters (a page of it, or all of it for an export). */
    public ListQuery<Institution> query(InstitutionFilter f) {
        return new ListQuery<>(em, Institution.class)
                .containsText(f.text(), "shortName", "name.en", "name.zhHant", "name.zhHans", "aliases")
                .equal("kind", f.kind())
                .equal("jurisdiction", f.jurisdiction())
                .equal("country", f.country());
    }
}
