package org.hetao.registry.project;

/** Where a project is in its life. */
public enum ProjectStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    SUSPENDED,
    TERMINATED
}
