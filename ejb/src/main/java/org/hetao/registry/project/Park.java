package org.hetao.registry.project;

/** The park of the zone where a member of staff works. */
public enum Park {
    HK_PARK,
    SHENZHEN_PARK
}
