package org.hetao.registry.project;

/** What an institution does in a project; every project has exactly one LEAD. */
public enum ParticipantRole {
    LEAD,
    PARTNER,
    INDUSTRY_PARTNER,
    FUNDER
}
