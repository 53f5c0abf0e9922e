/** The index schema: field names, per-field analysis and the mapping of documents to Lucene. */
package org.hetao.registry.lucene.index;
