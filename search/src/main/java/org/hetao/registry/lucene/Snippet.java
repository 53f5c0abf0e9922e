package org.hetao.registry.lucene;

/**
 * A passage of one section of a hit's text, with the query's matches marked.
 *
 * @param section which text it comes from: {@code summary}, {@code abstract} or {@code other}
 * @param language the language of the passage (the display language when it has a match)
 * @param text the passage; an ellipsis segment marks text cut at either end
 */
public record Snippet(String section, Language language, HighlightedText text) {}
