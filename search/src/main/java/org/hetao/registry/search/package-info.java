/**
 * The registry's search: {@link org.hetao.registry.search.SearchIndex} holds the on-disk Lucene
 * index, fed {@link org.hetao.registry.search.SearchDocument}s and queried with {@link
 * org.hetao.registry.search.SearchRequest}s that return {@link
 * org.hetao.registry.search.SearchResult}s. What a search may find is decided by its {@link
 * org.hetao.registry.search.Audience}. Plain Java and Lucene; no Jakarta EE.
 */
package org.hetao.registry.search;
