package org.hetao.registry.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** How money (revenue or costs) is divided: in proportion to ownership shares, or in stated shares. */
public record Split(Basis basis, List<PartyShare> stated) {

    public enum Basis {
        BY_SHARES,
        STATED
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
            throw new InvalidValueException(field + ".basis", ErrorCode.REQUIRED, "is required (BY_SHARES or STATED)");
        }
        if (basis == Basis.BY_SHARES) {
            if (!stated.isEmpty()) {
                throw new InvalidValueException(
                        field + ".stated", ErrorCode.NOT_APPLICABLE, "must be empty when the split is BY_SHARES");
            }
            return;
        }
        checkShares(field + ".stated", stated);
    }

    /** Shares name each party once, are positive, and sum to exactly 10,000 bp. */
    static void checkShares(String field, List<PartyShare> shares) {
        if (shares.isEmpty()) {
            throw new InvalidValueException(field, ErrorCode.COUNT, "must name at least one party", Map.of("min", 1));
        }
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < shares.size(); i++) {
            PartyShare s = shares.get(i);
            if (s == null || s.party() == null || s.party().isBlank()) {
                throw new InvalidValueException(field + "[" + i + "].party", ErrorCode.REQUIRED, "is required");
            }
            if (!seen.add(s.party())) {
                throw new InvalidValueException(
                        field + "[" + i + "].party",
                        ErrorCode.DUPLICATE,
                        "names " + s.party() + " twice",
                        Map.of("value", String.valueOf(s.party())));
            }
            if (s.basisPoints() <= 0 || s.basisPoints() > BasisPoints.WHOLE) {
                throw new InvalidValueException(
                        field + "[" + i + "].basisPoints",
                        ErrorCode.RANGE,
                        "must be between 1 and 10000",
                        Map.of("min", 1, "max", 10000));
            }
            total += s.basisPoints();
        }
        if (total != BasisPoints.WHOLE) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.SHARES_SUM,
                    "must sum to 10000 basis points (100.00 %), not " + total + " (" + BasisPoints.percent((int) total)
                            + ")",
                    Map.of("sum", total));
        }
    }
}
