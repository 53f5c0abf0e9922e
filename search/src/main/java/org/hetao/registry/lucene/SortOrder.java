package org.hetao.registry.lucene;

/** How hits are ordered; ties are broken by newest first, then by type and id. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Most recent sort date first; records without a date last. */
    NEWEST,
    /** By title in the display language, collated for that language (ICU); untitled last. */
    TITLE
}
