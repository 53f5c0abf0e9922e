package org.hetao.registry.common;

/**
 * A text in English, Traditional Chinese and Simplified Chinese (BCP-47 {@code en},
 * {@code zh-Hant}, {@code zh-Hans}). English is required; either Chinese form may be absent.
 */
public record LocalizedText(String en, String zhHant, String zhHans) {

    public static LocalizedText of(
            String field, String en, String zhHant, String zhHans, int maxLength, boolean required) {
        return new LocalizedText(
                required
                        ? Checks.requireText(field + ".en", en, maxLength)
                        : Checks.optionalText(field + ".en", en, maxLength),
                Checks.optionalText(field + ".zhHant", zhHant, maxLength),
                Checks.optionalText(field + ".zhHans", zhHans, maxLength));
    }

    /** The text with every language optional (null when none is given), each at most {@code maxLength} characters. */
    public static LocalizedText optional(String field, LocalizedText text, int maxLength) {
        if (text == null) {
            return new LocalizedText(null, null, null);
        }
        return of(field, text.en(), text.zhHant(), text.zhHans(), maxLength, false);
    }

    /** No language holds text. */
    public boolean isEmpty() {
        return en == null && zhHant == null && zhHans == null;
    }

    /**
     * The text a reader of {@code languageTag} should see when any language may be missing: the
     * reader's own, else English, else the other Chinese script; null when there is none.
     */
    public String forReader(String languageTag) {
        String tag = languageTag == null ? "en" : languageTag;
        if (tag.startsWith("zh")) {
            boolean simplified = tag.contains("Hans") || tag.endsWith("CN") || tag.endsWith("SG");
            String own = simplified ? zhHans : zhHant;
            String other = simplified ? zhHant : zhHans;
            return own != null ? own : en != null ? en : other;
        }
        return en != null ? en : zhHant != null ? zhHant : zhHans;
    }

    /** The text in the language asked for, falling back to the other Chinese script, then English. */
    public String in(String languageTag) {
        String tag = languageTag == null ? "en" : languageTag;
        if (tag.startsWith("zh")) {
            boolean simplified = tag.contains("Hans") || tag.endsWith("CN") || tag.endsWith("SG");
            String first = simplified ? zhHans : zhHant;
            String second = simplified ? zhHant : zhHans;
            if (first != null) {
                return first;
            }
            if (second != null) {
                return second;
            }
        }
        return en;
    }
}
