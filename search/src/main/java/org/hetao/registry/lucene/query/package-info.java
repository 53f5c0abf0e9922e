/** Turning a search request into a Lucene query, running it with facets and highlighting the hits. */
package org.hetao.registry.lucene.query;
