package org.hetao.registry.institution;

/** Filters of the institution list; null means "any". */
public record InstitutionFilter(String text, InstitutionKind kind, Jurisdiction jurisdiction, String country) {}
