package org.hetao.registry.lucene;

/** How widely a record may be seen; decides which {@link Audience} finds it. */
public enum Visibility {
    /** Anyone signed in may see it; investors only if it is also marked investor-visible. */
    PUBLIC,
    /** Only the institutions that take part in the record (and privileged readers). */
    CONSORTIUM,
    /** Only the institutions that take part in the record (and privileged readers). */
    CONFIDENTIAL
}
