package org.hetao.registry.indexing;

import org.hetao.registry.lucene.DocType;

/** One search document, named by its record's type and id. */
public record IndexTarget(DocType type, long id) {}
