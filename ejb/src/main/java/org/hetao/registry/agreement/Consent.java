package org.hetao.registry.agreement;

/** Whether a co-owner needs the other owners' consent for a dealing, or the agreement is silent. */
public enum Consent {
    /** Each co-owner may do it alone. */
    NOT_REQUIRED,
    /** All owners must consent. */
    ALL_OWNERS,
    /** The agreement says nothing: the default rule of the place applies, and those differ. */
    NOT_STATED
}
