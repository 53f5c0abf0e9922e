package org.hetao.registry.indexing;

import java.time.OffsetDateTime;
import org.hetao.registry.lucene.IndexStatus;

/**
 * The search index as its operators see it.
 *
 * @param status what was found on disk at start-up, or READY after a completed rebuild; null when
 *     the index could not be opened at all
 * @param rebuilding whether a rebuild is running (searches then see the index as it was before)
 * @param progress how far the running rebuild is, or null
 * @param documents how many records searches can see now
 * @param lastRebuild the most recent rebuild, or null if there was none since start-up
 */
public record IndexState(
        IndexStatus status, boolean rebuilding, Progress progress, long documents, Rebuild lastRebuild) {

    /** Whether searches can be answered. */
    public boolean available() {
        return status != null;
    }

    /** Records indexed so far of the records there were when the rebuild started. */
    public record Progress(long done, long total) {}

    /** One rebuild: why it ran, when, and how it ended ({@code finished} null while it runs). */
    public record Rebuild(
            String reason, OffsetDateTime started, OffsetDateTime finished, Long documents, String error) {}
}
