package org.hetao.registry.enquiry;

/** Why the owners' offices declined an enquiry; OTHER needs a text. */
public enum DeclineReason {
    /** The asset is licensed or promised elsewhere meanwhile. */
    NO_LONGER_AVAILABLE,
    /** The owners did not agree on the terms offered. */
    TERMS_NOT_AGREED,
    /** The intended field of use conflicts with existing rights or plans. */
    FIELD_OF_USE_CONFLICT,
    /** The enquiry did not tell enough to proceed. */
    INSUFFICIENT_INFORMATION,
    /** The owners develop or exploit the asset themselves. */
    OWNERS_EXPLOIT_IT,
    OTHER
}
