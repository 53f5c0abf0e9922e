package org.hetao.registry.agreement;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Who files and prosecutes where, how the costs are split, whether another owner may step in when
 * the filing party declines, and how many days' notice comes before an application is abandoned.
 */
public record ProsecutionTerms(
        List<FilingAssignment> filingParties, Split costSplit, boolean stepIn, int abandonmentNoticeDays) {
    public static final int MIN_NOTICE_DAYS = 14;
    public static final int MAX_NOTICE_DAYS = 180;

    public ProsecutionTerms {
        filingParties = filingParties == null ? List.of() : List.copyOf(filingParties);
        Set<FilingJurisdiction> seen = EnumSet.noneOf(FilingJurisdiction.class);
        for (int i = 0; i < filingParties.size(); i++) {
            FilingAssignment a = filingParties.get(i);
            String field = "prosecution.filingParties[" + i + "]";
            if (a == null || a.jurisdiction() == null) {
                throw new InvalidValueException(field + ".jurisdiction", ErrorCode.REQUIRED, "is required");
            }
            if (a.party() == null || a.party().isBlank()) {
                throw new InvalidValueException(field + ".party", ErrorCode.REQUIRED, "is required");
            }
            if (!seen.add(a.jurisdiction())) {
                throw new InvalidValueException(
                        field + ".jurisdiction",
                        ErrorCode.DUPLICATE,
                        "names " + a.jurisdiction() + " twice: one filing party per jurisdiction",
                        Map.of("value", String.valueOf(a.jurisdiction())));
            }
        }
        if (costSplit == null) {
            costSplit = Split.byShares();
        }
        costSplit.check("prosecution.costSplit");
        if (abandonmentNoticeDays < MIN_NOTICE_DAYS || abandonmentNoticeDays > MAX_NOTICE_DAYS) {
            throw new InvalidValueException(
                    "prosecution.abandonmentNoticeDays",
                    ErrorCode.RANGE,
                    "must be between " + MIN_NOTICE_DAYS + " and " + MAX_NOTICE_DAYS + " days",
                    Map.of("min", MIN_NOTICE_DAYS, "max", MAX_NOTICE_DAYS));
        }
    }

    public Optional<String> filingParty(FilingJurisdiction jurisdiction) {
        return filingParties.stream()
                .filter(a -> a.jurisdiction() == jurisdiction)
                .map(FilingAssignment::party)
                .findFirst();
    }
}
