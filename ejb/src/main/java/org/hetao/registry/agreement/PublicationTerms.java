package org.hetao.registry.agreement;

import java.util.List;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Notice of a planned publication (30, 60 or 90 days) and whether an owner may have it delayed so
 * that an application can be filed first, and for how many days at most.
 */
public record PublicationTerms(int noticeDays, boolean mayDelayForFiling, int maxDelayDays) {
    public static final int MAX_DELAY_DAYS = 180;

    public PublicationTerms {
        if (noticeDays != 30 && noticeDays != 60 && noticeDays != 90) {
            throw new InvalidValueException(
                    "publication.noticeDays",
                    ErrorCode.ONE_OF,
                    "must be 30, 60 or 90 days (was " + noticeDays + ")",
                    Map.of("allowed", List.of(30, 60, 90)));
        }
        if (mayDelayForFiling && (maxDelayDays < 30 || maxDelayDays > MAX_DELAY_DAYS)) {
            throw new InvalidValueException(
                    "publication.maxDelayDays",
                    ErrorCode.RANGE,
                    "must be between 30 and " + MAX_DELAY_DAYS + " days",
                    Map.of("min", 30, "max", MAX_DELAY_DAYS));
        }
        if (!mayDelayForFiling && maxDelayDays != 0) {
            throw new InvalidValueException(
                    "publication.maxDelayDays",
                    ErrorCode.AGREEMENT_NO_DELAY,
                    "must be 0 when publication may not be delayed");
        }
    }
}
