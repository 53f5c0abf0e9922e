package org.hetao.registry.project;

/** What a person does on a project's staff. */
public enum StaffRole {
    PI,
    CO_INVESTIGATOR,
    POSTDOC,
    RESEARCH_ASSISTANT,
    PHD_STUDENT,
    ENGINEER
}
