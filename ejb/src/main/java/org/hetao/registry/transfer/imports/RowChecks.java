package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * What the checks of every kind of row share: the importer's access, the registry's records as the
 * importer may see them, the records the file creates, and the references and natural keys of the
 * rows seen so far (each may appear once in a file).
 */
final class RowChecks {
    final EntityManager em;
    final AccessGuard access;
    final RegistryLookups lookups;
    final ImportVisibility visibility;
    final NewRecords created;
    final References references;
    private final RefScopes scopes;
    private final OnDuplicate onDuplicate;
    private final Map<String, Integer> firstRow = new HashMap<>();

    RowChecks(
            EntityManager em,
            AccessGuard access,
            RefScopes scopes,
            RegistryLookups lookups,
            ImportVisibility visibility,
            NewRecords created,
            OnDuplicate onDuplicate,
            References references) {
        this.em = em;
        this.access = access;
        this.scopes = scopes;
        this.lookups = lookups;
        this.visibility = visibility;
        this.created = created;
        this.onDuplicate = onDuplicate;
        this.references = references;
    }

    /** Fails the row when its reference is missing, too long, or already used by an earlier row of the file. */
    void checkRef(RowReader r, String ref) {
        ImportRow row = r.row();
        if (ref == null) {
            r.error(ImportRow.REF, "is required: your own identifier of the record");
        } else if (ref.length() > ExternalRef.MAX_LENGTH) {
            r.error(ImportRow.REF, "must be at most " + ExternalRef.MAX_LENGTH + " characters");
        } else {
            Integer earlier = firstRow.putIfAbsent("ref:" + row.kind() + ":" + scopes.canonical(ref), row.row());
            if (earlier != null) {
                r.error(
                        ImportRow.REF,
                        "duplicate external id \"" + ref + "\": row " + earlier
                                + " already uses it; each row needs its own");
            }
        }
    }

    /** Fails the row when an earlier row of the file already holds this natural key. */
    void uniqueInFile(RowReader r, RecordKind kind, String key, String column, String what) {
        Integer earlier =
                firstRow.putIfAbsent("key:" + kind + ":" + key, r.row().row());
        if (earlier != null) {
            r.error(column, "the " + what + " " + key + " is already used by row " + earlier);
        }
    }

    /**
     * The record this row is about, if the registry holds it and the importer may read it: by the row's
     * reference, its natural key, or this registry's id. A record it may not read is not there.
     */
    Long existing(ImportStep s, RecordKind kind, String naturalKey) {
        s.mapping = lookups.ref(kind, s.ref()).orElse(null);
        Long id = visibility.visible(kind, lookups.byRef(kind, s.ref()));
        if (id == null) {
            id = visibility.visible(kind, lookups.byNaturalKey(kind, naturalKey));
        }
        if (id == null) {
            id = visibility.visible(kind, lookups.byRegistryId(kind, s.ref()));
        }
        return id;
    }

    /** Records what the row does (create, update or skip); whether it writes the record's values. */
    boolean decide(ImportStep s, Long existing, Object values) {
        s.values = values;
        if (existing == null) {
            s.action = ImportAction.CREATE;
            return true;
        }
        s.existingId = existing;
        s.action = onDuplicate == OnDuplicate.SKIP ? ImportAction.SKIP : ImportAction.UPDATE;
        return s.action == ImportAction.UPDATE;
    }
}
