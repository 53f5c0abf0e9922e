/** Keeps the search index in step with the database after each commit, rebuilds it, and answers searches. */
package org.hetao.registry.indexing;
