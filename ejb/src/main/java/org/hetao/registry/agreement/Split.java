package org.hetao.registry.agreement;

import org.hetao.registry.common.BasisPoints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;

/** How money (revenue or costs) is divided: in proportion to ownership shares, or in stated shares. */
public record Split(Basis basis, List<PartyShare> stated) {

    public enum Basis {
        BY_SHARES, STATED
    }

    public Split {
        stated = stated == null ? List.of() : List.copyOf(stated);
    }

    public static Split byShares() {
        return new Split(Basis.BY_SHARES, List.of());
    }

    public static Split stated(PartyShare... shares) {
        return new Split(Basis.STATED, List.of(shares));
    }

    /** Checks the split on its own; {@code field} names it in the options, e.g. {@code exploitation.revenueSharing}. */
    void check(String field) {
        if (basis == null) {
            throw new InvalidValueException(field + ".basis", "is required (BY_SHARES or STATED)");
        }
        if (basis == Basis.BY_SHARES) {
            if (!stated.isEmpty()) {
                throw new InvalidValueException(field + ".stated", "must be empty when the split is BY_SHARES");
            }
            return;
        }
        checkShares(field + ".stated", stated);
    }

    /** Shares name each party once, are positive, and sum to exactly 10,000 bp. */
    static void checkShares(String field, List<PartyShare> shares) {
        if (shares.isEmpty()) {
            throw new InvalidValueException(field, "must name at least one party");
        }
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < shares.size(); i++) {
            PartyShare s = shares.get(i);
            if (s == null || s.party() == null || s.party().isBlank()) {
                throw new InvalidValueException(field + "[" + i + "].party", "is required");
            }
            if (!seen.add(s.party())) {
                throw new InvalidValueException(field + "[" + i + "].party", "names " + s.party() + " twice");
            }
            if (s.basisPoints() <= 0 || s.basisPoints() > BasisPoints.WHOLE) {
                throw new InvalidValueException(field + "[" + i + "].basisPoints", "must be between 1 and 10000");
            }
            total += s.basisPoints();
        }
        if (total != BasisPoints.WHOLE) {
            throw new InvalidValueException(field, "must sum to 10000 basis points (100.00 %), not " + total
                    + " (" + BasisPoints.percent((int) total) + ")");
        }
    }
}
