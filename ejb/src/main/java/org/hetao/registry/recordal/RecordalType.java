package org.hetao.registry.recordal;

/** What a recordal records. */
public enum RecordalType {
    ASSIGNMENT,
    EXCLUSIVE_LICENCE,
    NON_EXCLUSIVE_LICENCE;

    public boolean isLicence() {
        return this != ASSIGNMENT;
    }
}
