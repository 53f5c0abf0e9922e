package org.hetao.registry.search;

import java.util.Set;

/**
 * The text of a record that anyone who may see the record, investors included, may also match and
 * read: its title, its public (non-confidential) summary and the identifiers that may be disclosed
 * (institution short names, published patent application and grant numbers, ORCID iDs).
 */
public record PublicText(LocalizedText title, LocalizedText summary, Set<String> identifiers) {

  public PublicText {
    title = title == null ? LocalizedText.empty() : title;
    summary = summary == null ? LocalizedText.empty() : summary;
    identifiers = Identifiers.clean(identifiers);
  }

  public static PublicText empty() {
    return new PublicText(null, null, Set.of());
  }
}
