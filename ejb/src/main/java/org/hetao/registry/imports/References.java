package org.hetao.registry.imports;

/**
 * Finds the registry id a reference cell names: a record of the same file, an external reference
 * of the importer's scope, a natural key (an institution's short name, a project's code, a
 * person's ORCID iD) or {@code registry:<id>}. Records the same file creates have negative
 * placeholder ids until they are written. Null: nothing of that kind by that name.
 */
interface References {
    Long find(RecordKind kind, String reference);
}
