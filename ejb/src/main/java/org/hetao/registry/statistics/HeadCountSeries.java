package org.hetao.registry.statistics;

import java.util.List;

/** Head counts and FTE of the filtered staff at each month or quarter of a span. */
public record HeadCountSeries(Period span, Interval interval, HeadCountFilter filter, List<SeriesPoint> points) {}
