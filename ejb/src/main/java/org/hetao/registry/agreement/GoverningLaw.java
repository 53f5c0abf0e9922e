package org.hetao.registry.agreement;

/** The law that governs the agreement. */
public enum GoverningLaw {
    HONG_KONG,
    MAINLAND_CHINA
}
