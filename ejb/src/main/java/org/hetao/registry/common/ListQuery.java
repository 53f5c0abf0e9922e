package org.hetao.registry.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Builds a filtered, sorted, paged list of one entity type with the Criteria API. Filters are
 * added as predicates; sort keys are mapped to attribute names by the caller's allow-list, so no
 * client text ever reaches the query as SQL.
 */
public final class ListQuery<T> {
    private final EntityManager em;
    private final Class<T> type;
    private final List<Filter<T>> filters = new ArrayList<>();
    private String tieBreaker = "id";

    /** A predicate that may need the query, e.g. for a subquery. */
    @FunctionalInterface
    public interface Filter<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query);
    }

    public ListQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    /** The attribute that orders rows the sort key leaves tied (the id, unless the entity names it otherwise). */
    public ListQuery<T> orderTiesBy(String attribute) {
        this.tieBreaker = attribute;
        return this;
    }

    public ListQuery<T> where(BiFunction<CriteriaBuilder, Root<T>, Predicate> filter) {
        filters.add((cb, r, q) -> filter.apply(cb, r));
        return this;
    }

    public ListQuery<T> where(Filter<T> filter) {
        filters.add(filter);
        return this;
    }

    public ListQuery<T> equal(String attribute, Object value) {
        if (value != null) {
            filters.add((cb, r, q) -> cb.equal(r.get(attribute), value));
        }
        return this;
    }

    /** Case-insensitive substring match on any of the attributes. */
    public ListQuery<T> containsText(String text, String... attributes) {
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            filters.add((cb, r, q) -> {
                List<Predicate> any = new ArrayList<>();
                for (String a : attributes) {
                    any.add(cb.like(cb.lower(r.get(a)), pattern, '\\'));
                }
                return cb.or(any.toArray(Predicate[]::new));
            });
        }
        return this;
    }

    public Page<T> page(PageRequest request, String sortAttribute) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        q.select(root).where(predicates(cb, root, q));
        q.orderBy(request.descending() ? cb.desc(root.get(sortAttribute)) : cb.asc(root.get(sortAttribute)),
                cb.asc(root.get(tieBreaker)));
        List<T> items = em.createQuery(q).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();

        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<T> countRoot = c.from(type);
        c.select(cb.count(countRoot)).where(predicates(cb, countRoot, c));
        long total = em.createQuery(c).getSingleResult();
        return new Page<>(items, total, request.page(), request.size());
    }

    /**
     * The next {@code size} items after the one with id {@code afterId}, in id order: a walk through
     * the whole list (an export) that reads one slice at a time and never counts.
     */
    public List<T> slice(long afterId, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        List<Predicate> all = new ArrayList<>(List.of(predicates(cb, root, q)));
        all.add(cb.greaterThan(root.get("id"), afterId));
        q.select(root).where(all.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(q).setMaxResults(size).getResultList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query) {
        return filters.stream().map(f -> f.apply(cb, root, query)).toArray(Predicate[]::new);
    }
}
