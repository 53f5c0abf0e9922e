package org.hetao.registry.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What decides who may read a record, as JPA criteria predicates over the rows of a query: each fact
 * of {@link ReadTerms} is built when the rule asks for it, so a query carries only what the reader's
 * scope needs (nothing at all for a reader who may read everything).
 */
public final class CriteriaFacts implements ReadTerms<Predicate> {
    private final CriteriaBuilder cb;
    private final Supplier<Predicate> isPublic;
    private final Supplier<Predicate> offeredForLicensing;
    private final LongFunction<Predicate> hasParty;

    public CriteriaFacts(
            CriteriaBuilder cb,
            Supplier<Predicate> isPublic,
            Supplier<Predicate> offeredForLicensing,
            LongFunction<Predicate> hasParty) {
        this.cb = cb;
        this.isPublic = isPublic;
        this.offeredForLicensing = offeredForLicensing;
        this.hasParty = hasParty;
    }

    @Override
    public Predicate always() {
        return cb.conjunction();
    }

    @Override
    public Predicate never() {
        return cb.disjunction();
    }

    @Override
    public Predicate isPublic() {
        return isPublic.get();
    }

    @Override
    public Predicate offeredForLicensing() {
        return offeredForLicensing.get();
    }

    @Override
    public Predicate hasParty(long institutionId) {
        return hasParty.apply(institutionId);
    }

    @Override
    public Predicate and(Predicate a, Predicate b) {
        return cb.and(a, b);
    }

    @Override
    public Predicate or(Predicate a, Predicate b) {
        return cb.or(a, b);
    }
}
