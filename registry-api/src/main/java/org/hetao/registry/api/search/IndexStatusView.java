package org.hetao.registry.api.search;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.indexing.IndexReconciler;
import org.hetao.registry.indexing.IndexReport;
import org.hetao.registry.indexing.IndexState;

/**
 * The search index for administrators: what was found on disk ({@code READY}, {@code MISSING},
 * {@code CORRUPT}, {@code STALE_FORMAT}, {@code INCOMPLETE}), whether a rebuild runs and how far it
 * is, how many records are searchable, how many committed changes wait to be indexed, the last rebuild and
 * the last comparison of the index with the database.
 */
@Schema(name = "IndexStatusView")
public record IndexStatusView(
        String status,
        boolean available,
        boolean rebuilding,
        SearchView.ProgressView progress,
        long documents,
        long pendingChanges,
        long failingChanges,
        RebuildView lastRebuild,
        ReconciliationView lastReconciliation) {

    /**
     * One comparison of the index with the database: records and documents counted, records
     * without a document ({@code missing}) and documents without a record ({@code orphaned}), both
     * queued for the indexer; {@code error} present if it failed.
     */
    public record ReconciliationView(
            String reason,
            OffsetDateTime started,
            OffsetDateTime finished,
            long records,
            long documents,
            long missing,
            long orphaned,
            String error) {
        static ReconciliationView of(IndexReconciler.Reconciliation r) {
            return r == null
                    ? null
                    : new ReconciliationView(
                            r.reason(),
                            r.started(),
                            r.finished(),
                            r.records(),
                            r.documents(),
                            r.missing(),
                            r.orphaned(),
                            r.error());
        }
    }

    /** One rebuild; {@code finished} is absent while it runs, {@code error} present if it failed. */
    public record RebuildView(
            String reason, OffsetDateTime started, OffsetDateTime finished, Long documents, String error) {
        static RebuildView of(IndexState.Rebuild r) {
            return r == null ? null : new RebuildView(r.reason(), r.started(), r.finished(), r.documents(), r.error());
        }
    }

    static IndexStatusView of(IndexReport report) {
        IndexState s = report.index();
        return new IndexStatusView(
                s.status() == null ? "UNAVAILABLE" : s.status().name(),
                s.available(),
                s.rebuilding(),
                SearchView.ProgressView.of(s.progress()),
                s.documents(),
                report.pendingChanges(),
                report.failingChanges(),
                RebuildView.of(s.lastRebuild()),
                ReconciliationView.of(report.lastReconciliation()));
    }
}
