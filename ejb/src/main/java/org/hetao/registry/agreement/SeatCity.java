package org.hetao.registry.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * The seat of an arbitration: always a city, because the seat decides the law of the arbitration
 * and the courts that supervise it, and "China" alone does not say whether that is Hong Kong or the Mainland.
 */
public enum SeatCity {
    HONG_KONG,
    SHENZHEN;

    public boolean isInHongKong() {
        return this == HONG_KONG;
    }

    /** Reads a seat from client text ({@code HONG_KONG}, {@code Hong Kong}, {@code shenzhen}). */
    public static SeatCity parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required: name the city of the seat");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values())
                .filter(c -> c.name().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        field,
                        ErrorCode.AGREEMENT_SEAT_CITY,
                        "must be a city, one of " + Arrays.toString(values()) + "; a country such as \"" + text.strip()
                                + "\" does not fix the law of the seat",
                        Map.of(
                                "allowed",
                                Arrays.stream(values()).map(Enum::name).toList())));
    }
}
