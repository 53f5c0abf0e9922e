package org.hetao.registry.capital;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant as the audit trail keeps it. */
public record GrantRecord(
        long projectId,
        long institutionId,
        String funder,
        GrantScheme scheme,
        String programme,
        String awardReference,
        BigDecimal amount,
        GrantCurrency currency,
        BoundarySide side,
        LocalDate awardedDate,
        LocalDate startDate,
        LocalDate endDate) {
    static GrantRecord of(Grant g) {
        return new GrantRecord(
                g.getProjectId(),
                g.getInstitutionId(),
                g.getFunder(),
                g.getScheme(),
                g.getProgramme(),
                g.getAwardReference(),
                g.getAmount(),
                g.getCurrency(),
                g.getSide(),
                g.getAwardedDate(),
                g.getStartDate(),
                g.getEndDate());
    }
}
