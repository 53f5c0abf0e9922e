package org.hetao.registry.common;

/** Who may read a record: everyone, the participating institutions, or only their offices. */
public enum Confidentiality {
    PUBLIC,
    CONSORTIUM,
    CONFIDENTIAL
}
