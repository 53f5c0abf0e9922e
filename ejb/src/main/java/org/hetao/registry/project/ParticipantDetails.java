package org.hetao.registry.project;

/** An institution taking part in a project, and its role, as a client states it. */
public record ParticipantDetails(Long institutionId, ParticipantRole role) {}
