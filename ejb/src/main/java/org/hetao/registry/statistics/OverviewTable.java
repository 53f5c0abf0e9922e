package org.hetao.registry.statistics;

/** The tables of the statistics overview ({@link RegistryStatistics}), each exported as its own CSV file. */
public enum OverviewTable {
    PROJECTS_BY_YEAR,
    PROJECTS_BY_SECTOR,
    STAFF,
    IP_ASSETS
}
