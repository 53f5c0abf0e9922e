package org.hetao.registry.indexing;

import org.hetao.registry.search.SearchResult;

/** The hits of a search, and the state of the index that answered it (it may be rebuilding). */
public record SearchAnswer(SearchResult result, IndexState index) {
}
