package org.hetao.registry.person;

/** The descriptive fields of a person, as a client states them. */
public record PersonDetails(String nameEn, String nameZh, String orcid, Long institutionId, String email) {}
