package org.hetao.registry.statistics;

import java.util.List;
import java.util.Map;

/**
 * Technology-transfer figures per institution and year from {@code fromYear} to {@code toYear};
 * {@code enquiries} says whether the enquiry columns are filled (only for readers of the offices'
 * enquiry report); {@code institutions} holds the short names of the institutions the rows name.
 */
public record AutmReport(
        Long institutionId,
        int fromYear,
        int toYear,
        boolean enquiries,
        List<AutmYear> rows,
        Map<Long, String> institutions) {}
