package org.hetao.registry.agreement;

import org.hetao.registry.common.InvalidValueException;

/**
 * Notice of a planned publication (30, 60 or 90 days) and whether an owner may have it delayed so
 * that an application can be filed first, and for how many days at most.
 */
public record PublicationTerms(int noticeDays, boolean mayDelayForFiling, int maxDelayDays) {
    public static final int MAX_DELAY_DAYS = 180;

    public PublicationTerms {
        if (noticeDays != 30 && noticeDays != 60 && noticeDays != 90) {
            throw new InvalidValueException("publication.noticeDays", "must be 30, 60 or 90 days (was " + noticeDays + ")");
        }
        if (mayDelayForFiling && (maxDelayDays < 30 || maxDelayDays > MAX_DELAY_DAYS)) {
            throw new InvalidValueException("publication.maxDelayDays", "must be between 30 and " + MAX_DELAY_DAYS + " days");
        }
        if (!mayDelayForFiling && maxDelayDays != 0) {
            throw new InvalidValueException("publication.maxDelayDays", "must be 0 when publication may not be delayed");
        }
    }
}
