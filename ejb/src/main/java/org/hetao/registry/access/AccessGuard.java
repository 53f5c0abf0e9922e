package org.hetao.registry.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The record-by-record half of access control (the role half is {@link AccessPolicy}). Aggregates
 * supply the facts — a record's confidentiality, the institutions that take part in it or own it,
 * whether it is offered to investors — and this decides. Work the registry does itself (start-up,
 * demo data) runs with no caller and may do everything.
 *
 * <ul>
 * <li>Read: as {@link ReadRule} says, for the caller's {@link ReadScope}. A record the caller may
 * not read is "not found", so its existence does not leak.</li>
 * <li>Write: ADMIN anything; a TTO only records its institution takes part in.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessGuard {
    @Inject
    CallerContext callerContext;

    /** A guard that decides for a fixed caller (null: the registry itself), for work that runs outside a request, such as an import job. */
    public static AccessGuard forCaller(Caller caller) {
        AccessGuard guard = new AccessGuard();
        guard.callerContext = new CallerContext();
        guard.callerContext.set(caller);
        return guard;
    }

    /** The signed-in caller, or null for the registry's own work. */
    public Caller caller() {
        try {
            return callerContext.current().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    public String actorName() {
        Caller c = caller();
        return c == null ? "system" : c.username();
    }

    public ReadScope scope() {
        return ReadScope.of(caller());
    }

    /** Whether the caller may read the record ({@link ReadRule}). */
    public boolean canRead(RecordFacts record) {
        return ReadRule.permits(scope(), record);
    }

    /** Whether the caller sees a record's internal fields (abstracts, inventors, funding, staff): everyone but investors. */
    public boolean seesInternalFields() {
        return !scope().investor();
    }

    /** Fails unless the caller may change a record these institutions take part in. */
    public void checkWrite(String kind, long id, Set<Long> parties) {
        Caller c = caller();
        if (c == null || c.role() == Role.ADMIN) {
            return;
        }
        if (c.role() == Role.TTO && parties.contains(c.institutionId())) {
            return;
        }
        if (c.role() == Role.TTO) {
            throw new AccessDeniedException("Your institution (" + c.institutionId() + ") takes no part in " + kind
                    + " " + id + "; only its parties' offices may change it");
        }
        throw new AccessDeniedException("The role " + c.role() + " may not change " + kind + " records");
    }

    /** Fails unless the caller may act for this institution (a TTO only for its own). */
    public void checkActsFor(String field, long institutionId) {
        Caller c = caller();
        if (c != null && c.role() == Role.TTO && c.institutionId() != institutionId) {
            throw new AccessDeniedException("A technology-transfer office acts only for its own institution ("
                    + c.institutionId() + "), not for institution " + institutionId + " (" + field + ")");
        }
    }

    /** The caller's institution when it is a TTO, else null. */
    public Long ownInstitution() {
        Caller c = caller();
        return c != null && c.role() == Role.TTO ? c.institutionId() : null;
    }
}
