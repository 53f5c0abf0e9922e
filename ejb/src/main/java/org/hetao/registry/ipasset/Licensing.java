package org.hetao.registry.ipasset;

/** Whether an asset can be licensed, and how. */
public enum Licensing {
    EXCLUSIVE,
    NON_EXCLUSIVE,
    NOT_AVAILABLE,
    LICENSED;

    /** Open to a new licensee. */
    public boolean isAvailable() {
        return this == EXCLUSIVE || this == NON_EXCLUSIVE;
    }
}
