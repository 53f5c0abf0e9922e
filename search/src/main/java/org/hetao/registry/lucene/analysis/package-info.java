/** Lucene analyzers for English, Chinese (Traditional and Simplified folded) and exact identifiers. */
package org.hetao.registry.lucene.analysis;
