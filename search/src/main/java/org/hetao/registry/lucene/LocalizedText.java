package org.hetao.registry.lucene;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One text in up to three languages (English, Traditional and Simplified Chinese). Blank values
 * are dropped.
 */
public record LocalizedText(Map<Language, String> values) {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        values.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** No text in any language. */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /** English only. */
    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(Language.EN, text));
    }

    /**
     * From pairs of BCP-47 tag and text: {@code of("en", "Robot arm", "zh-Hant", "機械臂")}.
     *
     * @throws IllegalArgumentException for an odd number of arguments or an unsupported tag
     */
    public static LocalizedText of(String... tagsAndTexts) {
        if (tagsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("expected pairs of language tag and text");
        }
        Map<String, String> byTag = new LinkedHashMap<>();
        for (int i = 0; i < tagsAndTexts.length; i += 2) {
            byTag.put(tagsAndTexts[i], tagsAndTexts[i + 1]);
        }
        return ofTags(byTag);
    }

    /** From a map of BCP-47 tag ({@code en}, {@code zh-Hant}, {@code zh-Hans}, ...) to text. */
    public static LocalizedText ofTags(Map<String, String> byTag) {
        EnumMap<Language, String> values = new EnumMap<>(Language.class);
        byTag.forEach((tag, text) -> values.put(Language.fromTag(tag), text));
        return new LocalizedText(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in exactly this language, if there is one. */
    public Optional<String> get(Language language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The language whose text best serves a reader of {@code wanted}, following its fallback order. */
    public Optional<Language> bestLanguageFor(Language wanted) {
        return wanted.fallbackOrder().stream().filter(values::containsKey).findFirst();
    }
}
