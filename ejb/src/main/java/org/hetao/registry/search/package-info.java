/**
 * Searching the registry: {@link org.hetao.registry.search.SearchService} turns a client's {@link
 * org.hetao.registry.search.SearchParameters} and the caller's read scope into a search of the index,
 * and answers with the hits, the index's state and the database's facts about the IP assets found.
 * The index itself (Lucene: analysis, fields, queries) is the {@code search} module's {@code
 * org.hetao.registry.lucene}; keeping it in step with the database is {@code indexing}.
 */
package org.hetao.registry.search;
