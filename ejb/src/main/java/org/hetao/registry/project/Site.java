package org.hetao.registry.project;

/** Where a project runs: the Hong Kong park, the Shenzhen park, or both. */
public enum Site {
    HK_PARK,
    SHENZHEN_PARK,
    BOTH
}
