package org.hetao.registry.enquiry;

import java.util.Set;

/**
 * Fired synchronously, in the transaction that stores it, for every step of an enquiry, so that the
 * owners' offices' inboxes hear of it only if it commits. {@code owners}: the asset's owners in
 * force; {@code actingInstitutionId}: the office that took the step (null: the investor);
 * {@code note}: the new status, for a status step.
 */
public record EnquiryStep(
        Enquiry enquiry, Kind kind, Set<Long> owners, String actor, Long actingInstitutionId, String note) {
    public enum Kind {
        RECEIVED,
        MESSAGE,
        NOTE,
        STATUS
    }
}
