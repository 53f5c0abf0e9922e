package org.hetao.registry.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sum of a project's grants from one side of the boundary in one currency, and how many there are. */
public record GrantTotal(BoundarySide side, GrantCurrency currency, BigDecimal amount, int grants) {

    /**
     * The totals of these grants per side and currency (HK first, then the Mainland; HKD before CNY):
     * amounts in different currencies are never added together or converted.
     */
    public static List<GrantTotal> of(Collection<Grant> grants) {
        record Key(BoundarySide side, GrantCurrency currency) {}
        Map<Key, GrantTotal> totals =
                new TreeMap<>(Comparator.comparing(Key::side).thenComparing(Key::currency));
        for (Grant g : grants) {
            totals.merge(
                    new Key(g.getSide(), g.getCurrency()),
                    new GrantTotal(g.getSide(), g.getCurrency(), g.getAmount(), 1),
                    (a, b) -> new GrantTotal(a.side, a.currency, a.amount.add(b.amount), a.grants + b.grants));
        }
        return new ArrayList<>(totals.values());
    }
}
