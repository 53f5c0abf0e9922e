package org.hetao.registry.api.capital;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hetao.registry.capital.BoundarySide;
import org.hetao.registry.capital.GrantDetails;
import org.hetao.registry.capital.GrantScheme;

/** A grant of a project as a client sends it. */
public record GrantRequest(
        Long institutionId,
        @Size(max = 200) String funder,
        GrantScheme scheme,
        @Size(max = 200) String programme,
        @Size(max = 100) String awardReference,
        BigDecimal amount,
        String currency,
        BoundarySide side,
        LocalDate awardedDate,
        LocalDate startDate,
        LocalDate endDate) {
    public GrantDetails toDetails() {
        return new GrantDetails(
                institutionId,
                funder,
                scheme,
                programme,
                awardReference,
                amount,
                currency,
                side,
                awardedDate,
                startDate,
                endDate);
    }
}
