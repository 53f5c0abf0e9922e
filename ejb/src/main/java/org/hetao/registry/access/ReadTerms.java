package org.hetao.registry.access;

/**
 * The facts of one kind of record that {@link ReadRule} combines, stated in one form: as booleans for
 * a record in memory ({@link RecordFacts}), as JPA criteria predicates for a list or an export
 * ({@link CriteriaFacts}). The rule is written once against these terms; each form only says what
 * each fact is for its records.
 *
 * @param <C> a condition in this form (a {@code Boolean}, a criteria {@code Predicate})
 */
public interface ReadTerms<C> {
    /** True everywhere. */
    C always();

    /** False everywhere. */
    C never();

    /** The record is PUBLIC (an IP asset: it and its project both are). */
    C isPublic();

    /** The record is open to a new licensee (a project always is; an IP asset when its licensing is available). */
    C offeredForLicensing();

    /** The institution takes part in the record (an IP asset: in its project, or it owns or owned a share). */
    C hasParty(long institutionId);

    C and(C a, C b);

    C or(C a, C b);
}
