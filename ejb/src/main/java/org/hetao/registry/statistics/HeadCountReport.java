package org.hetao.registry.statistics;

import java.util.List;

/** Head counts and FTE by park, institution and role over a period (a single day when from equals to). */
public record HeadCountReport(Period period, HeadCountFilter filter, List<HeadCount> counts) {}
