package org.hetao.registry.person;

/** Filters of the people list; null means "any". */
public record PersonFilter(String text, Long institutionId, String orcid) {}
