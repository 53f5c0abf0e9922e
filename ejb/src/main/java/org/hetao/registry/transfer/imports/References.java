package org.hetao.registry.transfer.imports;

import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * Finds the registry id a reference cell names: a record of the same file, a name recorded in the
 * import's scopes ({@link RefScopes}), a natural key (an institution's short name, a project's code,
 * a person's ORCID iD) or this registry's {@link RegistryRef}. Records the same file creates have negative
 * placeholder ids until they are written. Null: nothing of that kind by that name.
 */
interface References {
    Long find(RecordKind kind, String reference);
}
