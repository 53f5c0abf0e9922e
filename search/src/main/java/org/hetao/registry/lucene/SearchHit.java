package org.hetao.registry.lucene;

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
 *
 * <p>No relevance score: a score is computed with statistics of the whole index, including
 * records the searcher may not see, and means nothing outside its own result list.
 */
public record SearchHit(
        DocType type,
        long id,
        String title,
        Language titleLanguage,
        HighlightedText highlightedTitle,
        List<Snippet> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
