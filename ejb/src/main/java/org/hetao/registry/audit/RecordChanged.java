package org.hetao.registry.audit;

/**
 * Fired when a write is recorded. Observers that must see committed data observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record RecordChanged(String entityKind, long entityId) {}
