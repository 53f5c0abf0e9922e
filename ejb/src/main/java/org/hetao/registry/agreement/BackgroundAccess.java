package org.hetao.registry.agreement;

/** What access the other parties have to one party's Background IP. */
public enum BackgroundAccess {
    /** Royalty-free, for carrying out the project only. */
    PROJECT_ONLY,
    /** For the project, and for exploiting the results on fair and reasonable terms to be agreed. */
    PROJECT_AND_EXPLOITATION,
    /** Listed for the record; no access is granted. */
    NONE
}
