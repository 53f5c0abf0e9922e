package org.hetao.registry.project;

import java.util.Map;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** Filters of the project list; null means "any". {@code year}: projects running at some time in that year. */
public record ProjectFilter(
        String text,
        ProjectStatus status,
        Site site,
        Sector sector,
        Confidentiality confidentiality,
        Long institutionId,
        Integer year) {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** A year to filter by, checked to lie in the range the registry covers. */
    public static Integer year(Long value) {
        if (value == null) {
            return null;
        }
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw new InvalidValueException(
                    "year",
                    ErrorCode.PARAM_RANGE,
                    "must be between " + FIRST_YEAR + " and " + LAST_YEAR,
                    Map.of("min", FIRST_YEAR, "max", LAST_YEAR));
        }
        return value.intValue();
    }
}
