package org.hetao.registry.search;

import java.util.List;

/**
 * One record found.
 *
 * @param type the record's type
 * @param id the record's id
 * @param title the title in the display language, else the closest available one (may be empty)
 * @param titleLanguage the language of {@code title}, null when the record has no title
 * @param highlightedTitle the same title with the query's matches marked
 * @param snippets passages with matches, best section first (public summary only for investors)
 * @param score relevance score
 */
public record SearchHit(
    DocType type,
    long id,
    String title,
    Language titleLanguage,
    HighlightedText highlightedTitle,
    List<Snippet> snippets,
    float score) {

  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
