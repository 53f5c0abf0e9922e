/**
 * The registry's search index, on Lucene: {@link org.hetao.registry.lucene.SearchIndex} holds the on-disk Lucene
 * index, fed {@link org.hetao.registry.lucene.SearchDocument}s and queried with {@link
 * org.hetao.registry.lucene.SearchRequest}s that return {@link
 * org.hetao.registry.lucene.SearchResult}s. What a search may find is decided by its {@link
 * org.hetao.registry.lucene.Audience}. Plain Java and Lucene; no Jakarta EE. The registry's searches
 * (who may see what, as a service) are {@code org.hetao.registry.search} in the {@code ejb} module.
 */
package org.hetao.registry.lucene;
