package org.hetao.registry.recordal;

/** Where a recordal stands: still to file, filed with the office, recorded by it, or refused. */
public enum RecordalStatus {
    TO_DO,
    FILED,
    RECORDED,
    REFUSED
}
