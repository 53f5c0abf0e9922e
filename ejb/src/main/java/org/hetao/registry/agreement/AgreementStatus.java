package org.hetao.registry.agreement;

/** The life of an agreement version: drafted, issued (immutable), signed, then superseded by a later version. */
public enum AgreementStatus {
    DRAFT,
    ISSUED,
    SIGNED,
    SUPERSEDED
}
