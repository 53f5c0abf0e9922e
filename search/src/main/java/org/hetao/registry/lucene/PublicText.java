package org.hetao.registry.lucene;

import java.util.Set;

/**
 * The text of a record that anyone who may see the record, investors included, may also match and
 * read: its title, its public (non-confidential) summary, the identifiers that may be disclosed
 * (institution short names, published patent application and grant numbers, ORCID iDs) and the
 * everyday names (aliases) of the institutions it names, such as 港大 or PolyU, matched as words.
 */
public record PublicText(LocalizedText title, LocalizedText summary, Set<String> identifiers, Set<String> aliases) {

    public PublicText {
        title = title == null ? LocalizedText.empty() : title;
        summary = summary == null ? LocalizedText.empty() : summary;
        identifiers = Identifiers.clean(identifiers);
        aliases = Identifiers.clean(aliases);
    }

    public PublicText(LocalizedText title, LocalizedText summary, Set<String> identifiers) {
        this(title, summary, identifiers, Set.of());
    }

    public static PublicText empty() {
        return new PublicText(null, null, Set.of(), Set.of());
    }
}
