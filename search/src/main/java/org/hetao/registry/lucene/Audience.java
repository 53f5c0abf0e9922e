package org.hetao.registry.lucene;

import java.util.Set;

/**
 * Who is searching, which decides what a search may find. The index turns the audience into a
 * filter clause inside the Lucene query, so hits, totals, facet counts and snippets never include
 * a record the audience may not see.
 *
 * <ul>
 *   <li>{@link #investor()}: only records marked investor-visible, and only their public text
 *       (title, public summary, public identifiers) is matched, highlighted or returned.
 *   <li>{@link #institutions(Set)}: PUBLIC records, plus CONSORTIUM and CONFIDENTIAL records in
 *       which one of the given institutions takes part; all their text is searchable.
 *   <li>{@link #everything()}: every record (administrators, legal teams, the indexer itself).
 * </ul>
 */
public sealed interface Audience permits Audience.Investor, Audience.Institutions, Audience.Everything {

    /** The most institutions one audience may name. */
    int MAX_INSTITUTIONS = 1_000;

    static Audience investor() {
        return Investor.INSTANCE;
    }

    /** A reader acting for the given institutions (possibly none: then PUBLIC records only). */
    static Audience institutions(Set<Long> institutionIds) {
        return new Institutions(institutionIds);
    }

    static Audience everything() {
        return Everything.INSTANCE;
    }

    /** Whether only public text may be matched and shown. */
    default boolean publicTextOnly() {
        return this instanceof Investor;
    }

    /** An investor: investor-visible records and their public text only. */
    record Investor() implements Audience {
        private static final Investor INSTANCE = new Investor();
    }

    /** A member of the given institutions. */
    record Institutions(Set<Long> institutionIds) implements Audience {
        public Institutions {
            institutionIds = Set.copyOf(institutionIds);
            if (institutionIds.size() > MAX_INSTITUTIONS) {
                throw new SearchLimitException("an audience may name at most " + MAX_INSTITUTIONS + " institutions");
            }
        }
    }

    /** A privileged reader who may see every record. */
    record Everything() implements Audience {
        private static final Everything INSTANCE = new Everything();
    }
}
