package org.hetao.registry.recordal;

/** What a new recordal records, as a client names it: exactly one of the two. */
public record RecordalTarget(Long ownershipVersionId, Long agreementId) {}
