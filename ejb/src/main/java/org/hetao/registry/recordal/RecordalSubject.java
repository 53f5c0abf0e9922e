package org.hetao.registry.recordal;

/** What a recordal records: an ownership version (an assignment) or an agreement. */
public enum RecordalSubject {
    OWNERSHIP_VERSION,
    AGREEMENT
}
