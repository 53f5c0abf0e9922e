package org.hetao.registry.lucene;

/** What {@link SearchIndex#open} found on disk; anything but READY means the caller should rebuild. */
public enum IndexStatus {
    /** A complete index of the current format. */
    READY,
    /** There was no index: an empty one was created. */
    MISSING,
    /** The index could not be read or failed its checksums: it was replaced by an empty one. */
    CORRUPT,
    /** The index was written with another schema version: it was replaced by an empty one. */
    STALE_FORMAT,
    /** The index is readable but no complete rebuild has been committed into it yet. */
    INCOMPLETE;

    public boolean needsRebuild() {
        return this != READY;
    }
}
