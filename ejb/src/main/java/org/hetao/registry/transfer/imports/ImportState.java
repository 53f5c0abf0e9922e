package org.hetao.registry.transfer.imports;

/**
 * Where an import job stands. QUEUED → VALIDATING → IMPORTING → SUCCEEDED; a file with bad rows is
 * REJECTED (nothing written); an unexpected failure or a restart during the run leaves it FAILED
 * (nothing written, since the write is one transaction), and it can be run again.
 */
public enum ImportState {
    QUEUED,
    VALIDATING,
    IMPORTING,
    SUCCEEDED,
    FAILED,
    REJECTED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == REJECTED;
    }
}
