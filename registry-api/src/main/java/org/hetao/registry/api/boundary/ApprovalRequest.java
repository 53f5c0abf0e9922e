package org.hetao.registry.api.boundary;

/**
 * The consent of an institution's office to a transfer: a TTO consents for its own institution and may
 * leave {@code institutionId} out; an administrator names the institution whose consent it records.
 */
public record ApprovalRequest(Long institutionId) {}
