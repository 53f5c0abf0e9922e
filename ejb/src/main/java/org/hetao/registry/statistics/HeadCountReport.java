package org.hetao.registry.statistics;

import java.util.List;
import java.util.Map;

/**
 * Head counts and FTE by park, institution and role over a period (a single day when from equals to),
 * with the short names of the institutions they name.
 */
public record HeadCountReport(
        Period period, HeadCountFilter filter, List<HeadCount> counts, Map<Long, String> institutions) {}
