package org.hetao.registry.institution;

/** The descriptive fields of an institution, as a client states them. */
public record InstitutionDetails(
        String shortName,
        String nameEn,
        String nameZhHant,
        String nameZhHans,
        InstitutionKind kind,
        Jurisdiction jurisdiction,
        String country,
        String rorId) {}
