package org.hetao.registry.docket;

import java.time.Period;
import java.util.Map;
import org.hetao.registry.common.LocalizedText;

/**
 * One deadline rule of a rules version: from which date ({@link Trigger}) it counts, how far
 * ({@code offset}), for which office, whether it moves past holidays, and the law it follows.
 *
 * @param officeMonths for a PCT national phase: the months each office allows (an office not named: {@code offset})
 * @param lateGrantOffset for a short-term renewal: the time from a grant after the renewal date
 * @param termYears for annual fees: the term in years by the kind digit of a Chinese application number
 */
public record DocketRule(
        String id,
        Trigger trigger,
        String office,
        Period offset,
        Rollover rollover,
        LocalizedText title,
        String source,
        Map<String, Integer> officeMonths,
        Period lateGrantOffset,
        Map<String, Integer> termYears) {

    public DocketRule {
        officeMonths = officeMonths == null ? Map.of() : Map.copyOf(officeMonths);
        termYears = termYears == null ? Map.of() : Map.copyOf(termYears);
    }
}
