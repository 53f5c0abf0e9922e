package org.hetao.registry.project;

/** The research fields of the zone; the values match the database's check constraint. */
public enum Sector {
    LIFE_HEALTH,
    ARTIFICIAL_INTELLIGENCE,
    DATA_SCIENCE,
    MICROELECTRONICS,
    BIOMEDICINE,
    NEW_MATERIALS,
    ROBOTICS,
    FINTECH,
    ENERGY,
    ENVIRONMENT,
    OTHER
}
