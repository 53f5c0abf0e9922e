package org.hetao.registry.lucene;

import java.util.List;
import java.util.Locale;

/**
 * The languages the index analyses and displays. Any BCP-47 tag is mapped onto one of these:
 * {@code zh-Hant-HK}, {@code zh-HK}, {@code zh-TW} and {@code zh-MO} to Traditional Chinese; {@code
 * zh}, {@code zh-CN}, {@code zh-Hans-CN} and {@code zh-SG} to Simplified Chinese; {@code en-*} to
 * English.
 */
public enum Language {
    EN("en"),
    ZH_HANT("zh-Hant"),
    ZH_HANS("zh-Hans");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP-47 tag: {@code en}, {@code zh-Hant} or {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    /** True for both Chinese scripts, which share one analyzer. */
    public boolean isChinese() {
        return this != EN;
    }

    /**
     * The languages to try, in order, when text is wanted in this language: itself, then the other
     * Chinese script (for Chinese) or English, then the rest.
     */
    public List<Language> fallbackOrder() {
        return switch (this) {
            case EN -> List.of(EN, ZH_HANT, ZH_HANS);
            case ZH_HANT -> List.of(ZH_HANT, ZH_HANS, EN);
            case ZH_HANS -> List.of(ZH_HANS, ZH_HANT, EN);
        };
    }

    /**
     * The language of a BCP-47 tag.
     *
     * @throws IllegalArgumentException for a language other than English or Chinese
     */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("language tag is required");
        }
        Locale locale = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        switch (locale.getLanguage()) {
            case "en":
                return EN;
            case "zh":
                String script = locale.getScript();
                if (script.equalsIgnoreCase("Hant")) {
                    return ZH_HANT;
                }
                if (script.equalsIgnoreCase("Hans")) {
                    return ZH_HANS;
                }
                return switch (locale.getCountry()) {
                    case "HK", "TW", "MO" -> ZH_HANT;
                    default -> ZH_HANS;
                };
            default:
                throw new IllegalArgumentException("unsupported language tag: " + tag);
        }
    }

    /** Like {@link #fromTag} but answers English for a missing or unsupported tag. */
    public static Language forDisplay(String tag) {
        try {
            return fromTag(tag);
        } catch (IllegalArgumentException e) {
            return EN;
        }
    }
}
