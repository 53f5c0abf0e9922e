package org.hetao.registry.api.capital;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.capital.Grant;
import org.hetao.registry.capital.GrantTotal;

/**
 * A project's grants, by side and the day awarded, and their totals per side of the boundary and
 * currency (never converted: HKD and CNY are summed apart).
 */
@Schema(name = "GrantsView")
public record GrantsView(List<GrantView> grants, List<TotalView> totals) {

    /** The sum of the grants of one side in one currency. */
    @Schema(name = "GrantTotalView")
    public record TotalView(String side, String currency, BigDecimal amount, int grants) {
        static TotalView of(GrantTotal t) {
            return new TotalView(t.side().name(), t.currency().name(), t.amount(), t.grants());
        }
    }

    public static GrantsView of(List<Grant> grants) {
        return new GrantsView(
                grants.stream().map(GrantView::of).toList(),
                GrantTotal.of(grants).stream().map(TotalView::of).toList());
    }
}
