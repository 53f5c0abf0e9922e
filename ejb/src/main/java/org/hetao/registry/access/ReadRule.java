package org.hetao.registry.access;

import java.util.Set;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.Visibility;

/**
 * Who may read a project or an IP asset, defined once (docs/security.md, "Confidentiality"):
 *
 * <ul>
 *   <li>ADMIN, LEGAL and the registry's own work read everything;
 *   <li>an INVESTOR (and a visitor of the public catalogue) reads what is PUBLIC and open to a new
 *       licensee;
 *   <li>a TTO reads what is PUBLIC and what its institution takes part in.
 * </ul>
 *
 * {@link #readable(ReadScope, ReadTerms)} is the rule; every form the registry needs is that rule
 * applied to the record's facts in that form: {@link #permits} for a record in memory, a JPA predicate
 * through {@link CriteriaFacts} for lists, counts and exports, and for search the audience that a
 * reader searches as ({@link #audience}) and the fields each search document carries ({@link
 * #indexAs}), which the search module's audience filter matches. A record a reader may not read is,
 * to that reader, not there.
 */
public final class ReadRule {
    private ReadRule() {}

    /** The rule, in the terms of any form. */
    public static <C> C readable(ReadScope scope, ReadTerms<C> record) {
        if (scope.everything()) {
            return record.always();
        }
        if (scope.investor()) {
            return record.and(record.isPublic(), record.offeredForLicensing());
        }
        Long institution = scope.institutionId();
        return record.or(record.isPublic(), institution == null ? record.never() : record.hasParty(institution));
    }

    /** Whether a reader with this scope may read the record. */
    public static boolean permits(ReadScope scope, RecordFacts record) {
        return readable(scope, record);
    }

    /**
     * Whom a reader with this scope searches as. The search module's filter keeps for an investor the
     * documents whose {@code investorVisible} is set, for an institution's reader the PUBLIC documents
     * and those it is a party of, and for everyone else every document: what {@link
     * #readable(ReadScope, ReadTerms)} says for each scope, given the fields {@link #indexAs} writes.
     */
    public static Audience audience(ReadScope scope) {
        if (scope.everything()) {
            return Audience.everything();
        }
        if (scope.investor()) {
            return Audience.investor();
        }
        return Audience.institutions(scope.institutionId() == null ? Set.of() : Set.of(scope.institutionId()));
    }

    /**
     * Writes who may find the record into its search document: its visibility (PUBLIC exactly when the
     * rule's {@code isPublic} holds), its parties, and whether an investor may read it — the rule itself,
     * evaluated for an investor.
     */
    public static SearchDocument.Builder indexAs(SearchDocument.Builder document, RecordFacts record) {
        return document.visibility(Visibility.valueOf(record.confidentiality().name()))
                .parties(record.parties())
                .investorVisible(permits(ReadScope.INVESTOR, record));
    }
}
