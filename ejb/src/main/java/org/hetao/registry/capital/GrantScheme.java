package org.hetao.registry.capital;

/**
 * The kind of funding: the zone's matching grants (for basic research, for technology
 * transformation), another government grant, the institution's own funds, industry funding, other.
 */
public enum GrantScheme {
    MATCHING_BASIC_RESEARCH,
    MATCHING_TECHNOLOGY_TRANSFORMATION,
    GOVERNMENT_GRANT,
    INSTITUTIONAL,
    INDUSTRY,
    OTHER
}
