package org.hetao.registry.indexing;

/**
 * The index's state and the outbox behind it, for administrators.
 *
 * @param index the index
 * @param pendingChanges changes committed but not yet indexed
 * @param failingChanges of those, the ones that failed at least once (see the log)
 * @param lastReconciliation the most recent comparison of the index with the database, or null
 */
public record IndexReport(
        IndexState index,
        long pendingChanges,
        long failingChanges,
        IndexReconciler.Reconciliation lastReconciliation) {}
