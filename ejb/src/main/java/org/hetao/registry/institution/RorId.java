package org.hetao.registry.institution;

import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * A Research Organization Registry identifier: {@code 0}, six Crockford base-32 characters and
 * two check digits (ISO/IEC 7064 MOD 97-10 over the number the first seven characters encode).
 */
public final class RorId {
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private RorId() {}

    /** Accepts {@code 0abcdef12} or {@code https://ror.org/0abcdef12}; returns the bare, lower-case id. */
    public static String normalize(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip().toLowerCase(Locale.ROOT);
        if (id.startsWith("https://ror.org/")) {
            id = id.substring("https://ror.org/".length());
        }
        if (!id.matches("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}")) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.ROR_FORMAT,
                    "is not a ROR id: expected 0, six base-32 characters and two digits, e.g. 0abcdef12");
        }
        long n = 0;
        for (int i = 0; i < 7; i++) {
            n = n * 32 + ALPHABET.indexOf(id.charAt(i));
        }
        long check = 98 - (n * 100) % 97;
        if (check != Integer.parseInt(id.substring(7))) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.ROR_CHECKSUM,
                    "has a wrong check digit pair (expected " + String.format("%02d", check) + ")",
                    Map.of("expected", String.format("%02d", check)));
        }
        return id;
    }
}
