package org.hetao.registry.enquiry;

/** What the investor is interested in. */
public enum Interest {
    LICENCE,
    COLLABORATION,
    INVESTMENT,
    ACQUISITION
}
