/**
 * Keeps the search index in step with the database: the outbox and its indexer after each commit, the
 * catch-up before the first request, the reconciler, and the rebuild. Searches are answered by {@code
 * org.hetao.registry.search}.
 */
package org.hetao.registry.indexing;
