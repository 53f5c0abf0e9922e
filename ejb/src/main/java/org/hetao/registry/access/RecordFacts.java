package org.hetao.registry.access;

import java.util.Set;
import org.hetao.registry.common.Confidentiality;

/**
 * What decides who may read one record, for a record in memory: its confidentiality (for an IP
 * asset the stricter of its own and its project's), the institutions that take part in it, and
 * whether it is open to a new licensee.
 */
public record RecordFacts(Confidentiality confidentiality, Set<Long> parties, boolean licensingAvailable)
        implements ReadTerms<Boolean> {
    public RecordFacts {
        parties = Set.copyOf(parties);
    }

    /** A project: its confidentiality and participants; a project is never itself held back from investors. */
    public static RecordFacts project(Confidentiality confidentiality, Set<Long> participants) {
        return new RecordFacts(confidentiality, participants, true);
    }

    /**
     * An IP asset: readable only where both it and its project are, so its confidentiality is the
     * stricter of the two; its parties are its project's and its owners (present and past).
     */
    public static RecordFacts ipAsset(
            Confidentiality asset, Confidentiality project, Set<Long> parties, boolean licensingAvailable) {
        return new RecordFacts(stricter(asset, project), parties, licensingAvailable);
    }

    /** The narrower of two levels (PUBLIC, then CONSORTIUM, then CONFIDENTIAL). */
    public static Confidentiality stricter(Confidentiality a, Confidentiality b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public Boolean always() {
        return true;
    }

    @Override
    public Boolean never() {
        return false;
    }

    @Override
    public Boolean isPublic() {
        return confidentiality == Confidentiality.PUBLIC;
    }

    @Override
    public Boolean offeredForLicensing() {
        return licensingAvailable;
    }

    @Override
    public Boolean hasParty(long institutionId) {
        return parties.contains(institutionId);
    }

    @Override
    public Boolean and(Boolean a, Boolean b) {
        return a && b;
    }

    @Override
    public Boolean or(Boolean a, Boolean b) {
        return a || b;
    }
}
