package org.hetao.registry.institution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.Violations;

/**
 * The everyday names an institution is also known by (港大, PolyU, 南科大), in the order given. Each is
 * checked on its own; two that differ only in letter case or character width (HKU, ｈｋｕ) are the same
 * alias, and none may repeat the institution's short name. Several institutions may share an alias
 * when each is called by it: a search for it finds them all.
 */
public final class InstitutionAliases {
    public static final String FIELD = "aliases";
    /** At most this many aliases per institution. */
    public static final int MAX_COUNT = 20;
    /** At most this many characters per alias. */
    public static final int MAX_LENGTH = 60;
    /** Letters (of any script), digits, and single spaces and . & ( ) ' - · between them. */
    private static final String FORM = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .&()'’\\-·（）]*";
    /** How the stored column separates aliases; no alias holds a line break. */
    static final String SEPARATOR = "\n";

    private InstitutionAliases() {}

    /**
     * The aliases, stripped and with runs of spaces made single, or every fault found (each named
     * {@code aliases[i]}, from 0), before anything changes. {@code null} is no aliases.
     */
    public static List<String> check(List<String> values, String shortName) {
        Violations v = new Violations();
        List<String> aliases = new ArrayList<>();
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_COUNT) {
            v.add(
                    FIELD,
                    ErrorCode.COUNT,
                    "may hold at most " + MAX_COUNT + " aliases (was " + values.size() + ")",
                    Map.of("max", MAX_COUNT));
            v.throwIfAny();
        }
        Map<String, Integer> seen = new HashMap<>();
        String shortNameKey = shortName == null ? null : key(shortName);
        for (int i = 0; i < values.size(); i++) {
            String field = FIELD + "[" + i + "]";
            String raw = values.get(i);
            if (raw == null || raw.isBlank()) {
                v.add(field, ErrorCode.REQUIRED, "is empty: leave out an alias you do not want");
                continue;
            }
            String alias = raw.strip().replaceAll("\\s+", " ");
            int length = alias.codePointCount(0, alias.length());
            if (length > MAX_LENGTH) {
                v.add(
                        field,
                        ErrorCode.LENGTH,
                        "must be at most " + MAX_LENGTH + " characters (was " + length + ")",
                        Map.of("max", MAX_LENGTH));
                continue;
            }
            if (!alias.matches(FORM)) {
                v.add(
                        field,
                        ErrorCode.INSTITUTION_ALIAS_FORMAT,
                        "\"" + alias + "\" may hold letters, digits, spaces and . & ( ) ' - · only, "
                                + "starting with a letter or digit",
                        Map.of("value", alias));
                continue;
            }
            String key = key(alias);
            if (key.equals(shortNameKey)) {
                v.add(
                        field,
                        ErrorCode.INSTITUTION_ALIAS_SHORT_NAME,
                        "\"" + alias + "\" is already the institution's short name",
                        Map.of("value", alias));
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                v.add(
                        field,
                        ErrorCode.DUPLICATE,
                        "\"" + alias + "\" is the same alias as aliases[" + first + "]",
                        Map.of("value", alias));
                continue;
            }
            aliases.add(alias);
        }
        v.throwIfAny();
        return List.copyOf(aliases);
    }

    /** What two aliases are compared by: compatibility-normalised (full-width letters are ordinary ones) and lower case. */
    static String key(String alias) {
        return Normalizer.normalize(alias.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The aliases as the column stores them, or null for none. */
    static String stored(List<String> aliases) {
        return aliases.isEmpty() ? null : String.join(SEPARATOR, aliases);
    }

    /** The aliases the column holds. */
    static List<String> read(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(SEPARATOR));
    }
}
