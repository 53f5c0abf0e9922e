package org.hetao.registry.agreement;

/** The party that files and prosecutes applications in one jurisdiction. */
public record FilingAssignment(FilingJurisdiction jurisdiction, String party) {}
