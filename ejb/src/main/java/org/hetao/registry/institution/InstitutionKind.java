package org.hetao.registry.institution;

public enum InstitutionKind {
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    ENTERPRISE,
    HOSPITAL,
    GOVERNMENT
}
