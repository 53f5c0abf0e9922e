package org.hetao.registry.api.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.capital.Grant;

/** A grant of a project in a response; the amount is exact, in its own currency. */
@Schema(name = "GrantView")
public record GrantView(
        long id,
        long version,
        long projectId,
        long institutionId,
        String funder,
        String scheme,
        String programme,
        String awardReference,
        BigDecimal amount,
        String currency,
        String side,
        LocalDate awardedDate,
        LocalDate startDate,
        LocalDate endDate,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
    public static GrantView of(Grant g) {
        return new GrantView(
                g.getId(),
                g.getVersion(),
                g.getProjectId(),
                g.getInstitutionId(),
                g.getFunder(),
                g.getScheme().name(),
                g.getProgramme(),
                g.getAwardReference(),
                g.getAmount(),
                g.getCurrency().name(),
                g.getSide().name(),
                g.getAwardedDate(),
                g.getStartDate(),
                g.getEndDate(),
                g.getCreatedAt(),
                g.getUpdatedAt());
    }
}
