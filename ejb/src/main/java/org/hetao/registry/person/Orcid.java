package org.hetao.registry.person;

import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * An ORCID iD: sixteen characters in four groups ({@code 0000-0002-1825-0097}), the last a check
 * character computed with ISO 7064 MOD 11-2 over the fifteen digits before it (10 is written X).
 */
public final class Orcid {
    private Orcid() {}

    /**
     * Accepts the bare iD or {@code https://orcid.org/...}, with the groups separated by hyphens,
     * spaces or nothing; returns the bare, upper-case form with hyphens.
     */
    public static String normalize(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id =
                value.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^(HTTPS?://)?(WWW\\.)?ORCID\\.ORG/", "");
        String compact = id.replaceAll("[\\s-]", "");
        if (compact.matches("\\d{15}[\\dX]")) {
            id = compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12) + "-"
                    + compact.substring(12);
        }
        if (!id.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.ORCID_FORMAT,
                    "is not an ORCID iD: expected four groups of four characters, e.g. 0000-0002-1825-0097");
        }
        String digits = id.replace("-", "");
        char expected = checkCharacter(digits.substring(0, 15));
        if (digits.charAt(15) != expected) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.ORCID_CHECKSUM,
                    "has a wrong check character (expected " + expected + ")",
                    Map.of("expected", String.valueOf(expected)));
        }
        return id;
    }

    /** ISO 7064 MOD 11-2 check character of a string of digits. */
    static char checkCharacter(String baseDigits) {
        int total = 0;
        for (int i = 0; i < baseDigits.length(); i++) {
            total = (total + (baseDigits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
