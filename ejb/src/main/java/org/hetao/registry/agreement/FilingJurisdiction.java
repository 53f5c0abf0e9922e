package org.hetao.registry.agreement;

/** Where a patent or design application is filed: the Mainland, Hong Kong, an international application, or abroad. */
public enum FilingJurisdiction {
    CN,
    HK,
    MO,
    PCT,
    US,
    EP,
    OTHER;

    /** Whether a filing here is a filing outside the Mainland (which may need a confidentiality examination first). */
    public boolean isOutsideMainland() {
        return this != CN;
    }
}
