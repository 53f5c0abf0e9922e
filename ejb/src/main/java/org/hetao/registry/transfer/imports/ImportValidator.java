package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Checks every row of a file before anything is written: each row's values through the entity
 * constructors (the same rules as the API), its references, duplicates within the file and against
 * the registry, and whether the importer may write it ({@link AccessGuard}, row by row). Reads only.
 * Each kind of row has its own checks ({@link InstitutionRows}, {@link PersonRows},
 * {@link ProjectRows}, {@link AssetRows}, {@link OwnershipLines}); this class runs them in the file's
 * order, collects the errors and remembers the records the file creates, for the rows after them.
 */
public final class ImportValidator implements References {
    private static final int PROGRESS_EVERY = 100;

    private final EntityManager em;
    private final AccessGuard access;
    private final String importerScope;
    private final ImportVisibility visibility;
    private final OnDuplicate onDuplicate;
    private final Map<String, Long> inFile = new HashMap<>();
    private final NewRecords created;
    private final OwnershipConsent consent;
    private final OwnershipLines ownership;
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<TakenCode> takenCodes = new ArrayList<>();
    private final ImportCounts counts = new ImportCounts();
    private RefScopes scopes;
    private RegistryLookups lookups;
    private RowChecks checks;
    private InstitutionRows institutions;
    private PersonRows people;
    private ProjectRows projects;
    private AssetRows assets;

    /** @param scope the scope of the importer's own references ({@link ExternalRef#scopeOf}) */
    public ImportValidator(EntityManager em, AccessGuard access, String scope, OnDuplicate onDuplicate) {
        this.em = em;
        this.access = access;
        this.importerScope = scope;
        this.onDuplicate = onDuplicate;
        this.created = new NewRecords(em);
        this.consent = new OwnershipConsent(em, access);
        this.ownership = new OwnershipLines(em, access, access.actorName(), consent);
        this.visibility = new ImportVisibility(em, access);
    }

    public ImportPlan validate(ParsedUpload upload, IntConsumer progress) {
        List<ImportRow> rows = upload.rows();
        consent.restoring(upload.backup());
        scopes = RefScopes.forImport(em, access, importerScope, upload.header(), rows, errors);
        lookups = new RegistryLookups(em, scopes);
        lookups.prefetch(rows);
        checks = new RowChecks(em, access, scopes, lookups, visibility, created, onDuplicate, this);
        institutions = new InstitutionRows(checks);
        people = new PersonRows(checks);
        projects = new ProjectRows(checks, takenCodes);
        assets = new AssetRows(checks, consent, access.actorName());
        for (int i = 0; i < rows.size(); i++) {
            validate(rows.get(i));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(i + 1);
            }
        }
        progress.accept(rows.size());
        return new ImportPlan(
                List.copyOf(steps), List.copyOf(errors), counts, rows.size(), scopes, List.copyOf(takenCodes));
    }

    /** A record the importer may not read is not found: a reference to it reads as a reference to nothing. */
    @Override
    public Long find(RecordKind kind, String name) {
        Long id = inFile.get(kind + ":" + scopes.canonical(name));
        if (id == null) {
            id = visibility.visible(kind, lookups.byRef(kind, name));
        }
        if (id == null) {
            id = visibility.visible(kind, lookups.byNaturalKey(kind, name));
        }
        if (id == null) {
            id = visibility.visible(kind, lookups.byRegistryId(kind, name));
        }
        return id;
    }

    private void validate(ImportRow row) {
        RowReader r = new RowReader(row);
        ImportStep step = new ImportStep(row);
        String ref = row.ref();
        if (row.kind() != RecordKind.OWNERSHIP) {
            // an ownership version is named by its asset and number, not by a reference of its own
            checks.checkRef(r, ref);
        }
        try {
            switch (row.kind()) {
                case INSTITUTION -> institutions.check(r, step);
                case PERSON -> people.check(r, step);
                case PROJECT -> projects.check(r, step);
                case IP_ASSET -> assets.check(r, step);
                case OWNERSHIP -> ownership.version(r, step, this);
            }
        } catch (InvalidValueException e) {
            e.errors()
                    .forEach(f -> r.error(
                            ErrorColumns.column(row.kind(), f.field()),
                            ErrorColumns.message(row.kind(), f.field(), f.message())));
        } catch (AccessDeniedException e) {
            r.error(step.accessColumn, e.getMessage());
        } catch (DomainException e) {
            r.error(null, e.getMessage());
        }
        if (!r.ok() || step.action == null) {
            errors.addAll(r.errors());
            return;
        }
        counts.add(row.kind(), step.action);
        steps.add(step);
        if (row.kind() == RecordKind.OWNERSHIP) {
            return;
        }
        long id = step.action == ImportAction.CREATE ? created.add(step) : step.existingId;
        inFile.put(row.kind() + ":" + scopes.canonical(ref), id);
        if (row.kind() == RecordKind.INSTITUTION) {
            scopes.institutionChecked(
                    ((InstitutionDetails) step.values).shortName().strip(), id);
        }
        NewRecords.naturalKey(step).ifPresent(k -> inFile.put(row.kind() + ":" + k, id));
        if (row.kind() == RecordKind.IP_ASSET) {
            ownership.asset(id, step);
        }
    }
}
