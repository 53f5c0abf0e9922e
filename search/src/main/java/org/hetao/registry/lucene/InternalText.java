package org.hetao.registry.lucene;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text of a record that investors may neither match nor read: abstracts, keywords, any other
 * text, and identifiers that are not for disclosure (e.g. internal project codes).
 *
 * @param abstractText the abstract, per language
 * @param keywords keywords in any language (indexed with both the English and Chinese analyzers)
 * @param otherText any further text worth finding, per language
 * @param identifiers exact identifiers that are not public
 */
public record InternalText(
        LocalizedText abstractText, List<String> keywords, LocalizedText otherText, Set<String> identifiers) {

    public InternalText {
        abstractText = abstractText == null ? LocalizedText.empty() : abstractText;
        keywords = keywords == null
                ? List.of()
                : keywords.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList();
        otherText = otherText == null ? LocalizedText.empty() : otherText;
        identifiers = Identifiers.clean(identifiers);
    }

    public static InternalText empty() {
        return new InternalText(null, List.of(), null, Set.of());
    }
}
