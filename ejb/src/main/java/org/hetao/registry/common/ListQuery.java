package org.hetao.registry.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    private final List<String> fetchedTogether = new ArrayList<>();

    /** A predicate that may need the query, e.g. for a subquery. */
    @FunctionalInterface
    public interface Filter<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query);
    }

    public ListQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    /** The attribute that orders rows the sort key leaves tied: the entity's identifier ({@code id} unless named otherwise). */
    public ListQuery<T> orderTiesBy(String attribute) {
        this.tieBreaker = attribute;
        return this;
    }

    /** Collections every row of a page or slice is read with, read together ({@link ReadTogether}; the rows are read-only). */
    public ListQuery<T> fetchTogether(String... collections) {
        fetchedTogether.addAll(List.of(collections));
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
            filters.add((cb, r, q) -> cb.equal(path(r, attribute), value));
        }
        return this;
    }

    /** Case-insensitive substring match on any of the attributes. */
    public ListQuery<T> containsText(String text, String... attributes) {
        if (text != null && !text.isBlank()) {
            String pattern = "%"
                    + text.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            filters.add((cb, r, q) -> {
                List<Predicate> any = new ArrayList<>();
                for (String a : attributes) {
                    any.add(cb.like(cb.lower(path(r, a)), pattern, '\\'));
                }
                return cb.or(any.toArray(Predicate[]::new));
            });
        }
        return this;
    }

    /**
     * A page of the list in two steps: first the keys of the page's rows (the tie-breaker, which is
     * unique), in order, which the database can read from the sort's index alone; then those rows,
     * by key. Reading the rows in the first step instead would make the database read every row
     * the offset skips, and a page deep in a list larger than the database's cache would then read
     * hundreds of rows from disk to show twenty.
     */
    public Page<T> page(PageRequest request, String sortAttribute) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> k = cb.createQuery(Object.class);
        Root<T> keyRoot = k.from(type);
        k.select(keyRoot.get(tieBreaker)).where(predicates(cb, keyRoot, k));
        // ties broken in the same direction, so that an index on (key, id) serves both directions where the
        // database scans indexes backwards (PostgreSQL; H2 2.2 sorts descending pages in memory)
        k.orderBy(
                request.descending() ? cb.desc(path(keyRoot, sortAttribute)) : cb.asc(path(keyRoot, sortAttribute)),
                request.descending() ? cb.desc(keyRoot.get(tieBreaker)) : cb.asc(keyRoot.get(tieBreaker)));
        List<Object> keys = em.createQuery(k)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        List<T> items = keys.isEmpty() ? List.of() : byKeys(cb, keys);

        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<T> countRoot = c.from(type);
        c.select(cb.count(countRoot)).where(predicates(cb, countRoot, c));
        long total = em.createQuery(c).getSingleResult();
        return new Page<>(items, total, request.page(), request.size());
    }

    /** The rows with these keys, in the keys' order. */
    private List<T> byKeys(CriteriaBuilder cb, List<Object> keys) {
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        q.select(root).where(root.get(tieBreaker).in(keys));
        Map<Object, T> byKey = new HashMap<>();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        batched(em.createQuery(q)).getResultList().forEach(row -> byKey.put(util.getIdentifier(row), row));
        List<T> items = new ArrayList<>(keys.size());
        keys.stream().map(byKey::get).filter(Objects::nonNull).forEach(items::add);
        return items;
    }

    /**
     * The next {@code size} items after the one with id {@code afterId}, in id order (the attribute
     * named by {@link #orderTiesBy}): a walk through the whole list (an export) that reads one slice
     * at a time and never counts.
     */
    public List<T> slice(long afterId, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        List<Predicate> all = new ArrayList<>(List.of(predicates(cb, root, q)));
        all.add(cb.greaterThan(root.get(tieBreaker), afterId));
        q.select(root).where(all.toArray(Predicate[]::new)).orderBy(cb.asc(root.get(tieBreaker)));
        return batched(em.createQuery(q)).setMaxResults(size).getResultList();
    }

    private TypedQuery<T> batched(TypedQuery<T> query) {
        return ReadTogether.collections(
                query, fetchedTogether.stream().map(c -> "r." + c).toList());
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query) {
        return filters.stream().map(f -> f.apply(cb, root, query)).toArray(Predicate[]::new);
    }

    /**
     * The attribute named {@code attribute}: an attribute of the entity, or a path into an embedded
     * value with dots ({@code title.en}: the English column of a {@link LocalizedTextColumns}).
     */
    @SuppressWarnings("unchecked")
    private static <Y> Path<Y> path(Path<?> from, String attribute) {
        Path<?> p = from;
        for (String name : attribute.split("\\.")) {
            p = p.get(name);
        }
        return (Path<Y>) p;
    }
}
