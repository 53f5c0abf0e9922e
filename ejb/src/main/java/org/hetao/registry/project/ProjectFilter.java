package org.hetao.registry.project;

import org.hetao.registry.common.Confidentiality;

/** Filters of the project list; null means "any". {@code year}: projects running at some time in that year. */
public record ProjectFilter(String text, ProjectStatus status, Site site, Sector sector, Confidentiality confidentiality,
                            Long institutionId, Integer year) {
}
