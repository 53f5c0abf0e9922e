package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.config.RegistryInstance;
import org.hetao.registry.transfer.format.BackupHeader;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * Where an import looks up the names its rows give records, and where it records them, so that the
 * same file imported again finds what the first import created:
 * <ul>
 * <li>an office's own names (anything but a {@link RegistryRef}) belong to the import's scope: the
 * importer's (its institution's office, or an account's own), or for a backup whose first line names
 * its institution, that institution's, so that the names of its office travel with its records;</li>
 * <li>{@code registry:<instance>:<id>} of this registry names the record with that id;</li>
 * <li>{@code registry:<instance>:<id>} of another registry never names a record of this one by its
 * id: it is looked up as a name in the import's scope, then among the names that administrators'
 * imports recorded for the whole registry ({@link ExternalRef#registryScope}); an administrator's
 * import records it there, an office's import in its own scope (so an office's file cannot decide
 * what another registry's record is for anyone else);</li>
 * <li>{@code registry:<id>}, from files written before registries had an instance id, is of the
 * registry the backup's first line names, else of this registry.</li>
 * </ul>
 * Names are looked up and recorded in their canonical form: a registry reference with its instance.
 */
final class RefScopes {
    private final String instance;
    private final String plainRefs;
    private final boolean registryWide;
    /** The import's scope; null while it is that of an institution the file is yet to create. */
    private final String scope;
    /** The short name of that institution, and its placeholder id once its row is checked. */
    private final String newInstitution;

    private Long newInstitutionId;

    private RefScopes(String instance, String plainRefs, boolean registryWide, String scope, String newInstitution) {
        this.instance = instance;
        this.plainRefs = plainRefs;
        this.registryWide = registryWide;
        this.scope = scope;
        this.newInstitution = newInstitution;
    }

    /**
     * The scopes of an import by this importer: its own, or for a backup with a first line, those of
     * the institution whose backup it is. An office imports only its own institution's backup; an
     * error about the first line is added to {@code errors}.
     */
    static RefScopes forImport(
            EntityManager em,
            AccessGuard access,
            String importerScope,
            BackupHeader header,
            List<ImportRow> rows,
            List<RowError> errors) {
        String instance = RegistryInstance.id(em);
        Long own = access.ownInstitution();
        boolean registryWide = own == null;
        if (header == null) {
            return new RefScopes(instance, instance, registryWide, importerScope, null);
        }
        Long id = em.createQuery("SELECT i.id FROM Institution i WHERE i.shortName = :s", Long.class)
                .setParameter("s", header.institution())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (own != null && !own.equals(id)) {
            errors.add(
                    new RowError(
                            header.line(),
                            null,
                            BackupHeader.INSTITUTION,
                            "this is the backup of " + header.institution()
                                    + ": an office imports only its own institution's backup; an administrator imports another institution's"));
            return new RefScopes(instance, header.registry(), false, importerScope, null);
        }
        if (id != null) {
            return new RefScopes(instance, header.registry(), registryWide, ExternalRef.institutionScope(id), null);
        }
        boolean inFile = rows.stream()
                .anyMatch(r -> r.kind() == RecordKind.INSTITUTION
                        && header.institution().equals(r.cell("short_name")));
        if (!inFile) {
            errors.add(
                    new RowError(
                            header.line(),
                            null,
                            BackupHeader.INSTITUTION,
                            "no institution is known as \"" + header.institution()
                                    + "\" and no institution line of the file has that short name: name the institution whose backup this is"));
            return new RefScopes(instance, header.registry(), registryWide, importerScope, null);
        }
        return new RefScopes(instance, header.registry(), registryWide, null, header.institution());
    }

    /** For a plain import by an importer with this scope into the registry with this instance id. */
    static RefScopes of(String instance, String importerScope, boolean registryWide) {
        return new RefScopes(instance, instance, registryWide, importerScope, null);
    }

    /** Notes a checked institution row: when it creates the institution whose backup this is, the import's scope will be its. */
    void institutionChecked(String shortName, long id) {
        if (newInstitution != null && newInstitutionId == null && newInstitution.equals(shortName)) {
            newInstitutionId = id;
        }
    }

    /** The name a reference is looked up and recorded by: a registry reference with its registry made explicit, else as written. */
    String canonical(String name) {
        return RegistryRef.parse(name).map(r -> r.in(plainRefs).toString()).orElse(name);
    }

    /** The id of this registry's record that a reference names by id, if it is a reference of this registry. */
    Optional<Long> ownId(String name) {
        return RegistryRef.parse(name)
                .map(r -> r.in(plainRefs))
                .filter(r -> r.instance().equals(instance))
                .map(RegistryRef::id);
    }

    /** The scopes a name is looked up in, in order. */
    List<String> lookup(String canonical) {
        List<String> scopes = new ArrayList<>(2);
        if (scope != null) {
            scopes.add(scope);
        }
        foreignRegistry(canonical).ifPresent(r -> scopes.add(ExternalRef.registryScope(r)));
        return scopes;
    }

    /** The scope that records a name; null while it is that of the institution the file is yet to create. */
    String recording(String canonical) {
        Optional<String> foreign = foreignRegistry(canonical);
        return foreign.isPresent() && registryWide ? ExternalRef.registryScope(foreign.get()) : scope;
    }

    /**
     * The scope that records a name as records are written: {@code written} gives the id of a record
     * the file created by its placeholder, or null while it is not written yet (then so is the result).
     */
    String recording(String canonical, LongFunction<Long> written) {
        String s = recording(canonical);
        if (s != null || newInstitutionId == null) {
            return s;
        }
        Long id = newInstitutionId < 0 ? written.apply(newInstitutionId) : newInstitutionId;
        return id == null ? null : ExternalRef.institutionScope(id);
    }

    private Optional<String> foreignRegistry(String canonical) {
        return RegistryRef.parse(canonical).map(r -> r.in(plainRefs).instance()).filter(i -> !i.equals(instance));
    }
}
