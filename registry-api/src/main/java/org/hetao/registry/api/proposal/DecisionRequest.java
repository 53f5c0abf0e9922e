package org.hetao.registry.api.proposal;

import jakarta.validation.constraints.Size;

/**
 * A decision on a proposal. An office decides for its own institution and sends no
 * {@code institutionId}; an administrator names the institution without an office account on whose
 * behalf it records the decision and cites the signed document ({@code documentRef}). A rejection gives a reason.
 */
public record DecisionRequest(
        Long institutionId,
        @Size(max = 500) String documentRef,
        @Size(max = 1000) String reason) {
    static final DecisionRequest NONE = new DecisionRequest(null, null, null);
}
