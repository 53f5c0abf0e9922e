package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.Permission;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectCodeTakenException;
import org.hetao.registry.proposal.OnBehalf;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Checks every row of a file before anything is written: each row's values through the entity
 * constructors (the same rules as the API), its references, duplicates within the file and against
 * the registry, and whether the importer may write it ({@link AccessGuard}, row by row). Reads only.
 */
public final class ImportValidator implements References {
    private static final int PROGRESS_EVERY = 100;

    private final EntityManager em;
    private final AccessGuard access;
    private final String importerScope;
    private RefScopes scopes;
    private RegistryLookups lookups;
    private final ImportVisibility visibility;
    private final OnDuplicate onDuplicate;
    private final String actor;
    private final Map<String, Long> inFile = new HashMap<>();
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final NewRecords created;
    private final OwnershipConsent consent;
    private final OwnershipLines ownership;
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<TakenCode> takenCodes = new ArrayList<>();
    private final ImportCounts counts = new ImportCounts();

    /** @param scope the scope of the importer's own references ({@link ExternalRef#scopeOf}) */
    public ImportValidator(EntityManager em, AccessGuard access, String scope, OnDuplicate onDuplicate) {
        this.em = em;
        this.access = access;
        this.importerScope = scope;
        this.onDuplicate = onDuplicate;
        this.actor = access.actorName();
        this.created = new NewRecords(em);
        this.consent = new OwnershipConsent(em, access);
        this.ownership = new OwnershipLines(em, access, actor, consent);
        this.visibility = new ImportVisibility(em, access);
    }

    public ImportPlan validate(ParsedUpload upload, IntConsumer progress) {
        List<ImportRow> rows = upload.rows();
        consent.restoring(upload.backup());
        scopes = RefScopes.forImport(em, access, importerScope, upload.header(), rows, errors);
        lookups = new RegistryLookups(em, scopes);
        lookups.prefetch(rows);
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
            checkRef(r, ref);
        }
        try {
            switch (row.kind()) {
                case INSTITUTION -> institution(r, step);
                case PERSON -> person(r, step);
                case PROJECT -> project(r, step);
                case IP_ASSET -> asset(r, step);
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

    private void checkRef(RowReader r, String ref) {
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
    private void uniqueInFile(RowReader r, RecordKind kind, String key, String column, String what) {
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
    private Long existing(ImportStep s, RecordKind kind, String naturalKey) {
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

    private boolean decide(ImportStep s, Long existing, Object values) {
        s.values = values;
        if (existing == null) {
            s.action = ImportAction.CREATE;
            return true;
        }
        s.existingId = existing;
        s.action = onDuplicate == OnDuplicate.SKIP ? ImportAction.SKIP : ImportAction.UPDATE;
        return s.action == ImportAction.UPDATE;
    }

    private void institution(RowReader r, ImportStep s) {
        InstitutionDetails d = ParsedRows.institution(r);
        if (!r.ok()) {
            return;
        }
        Institution candidate = new Institution(d);
        s.aliases = ParsedRows.aliases(r);
        if (s.aliases != null) {
            candidate.changeAliases(s.aliases);
        }
        uniqueInFile(r, RecordKind.INSTITUTION, candidate.getShortName(), "short_name", "short name");
        Long existing = existing(s, RecordKind.INSTITUTION, candidate.getShortName());
        if (candidate.getRorId() != null) {
            em.createQuery("SELECT i.id FROM Institution i WHERE i.rorId = :r", Long.class)
                    .setParameter("r", candidate.getRorId())
                    .getResultStream()
                    .filter(other -> !other.equals(existing))
                    .findFirst()
                    .ifPresent(other -> r.error(
                            "ror_id",
                            "the ROR id " + candidate.getRorId() + " is already used by institution " + other));
        }
        if (!decide(s, existing, d) && existing != null) {
            return;
        }
        if (access.caller() != null && !AccessPolicy.allows(access.caller(), Permission.INSTITUTION_MANAGE)) {
            throw new AccessDeniedException(
                    "Only an administrator registers or changes institutions; refer to existing ones by short name");
        }
        Long byName = lookups.byNaturalKey(RecordKind.INSTITUTION, candidate.getShortName());
        if (existing != null && byName != null && !byName.equals(existing)) {
            r.error(
                    "short_name",
                    "the short name " + candidate.getShortName() + " is already used by institution " + byName);
        }
    }

    private void person(RowReader r, ImportStep s) {
        PersonDetails d = ParsedRows.person(r, this);
        if (!r.ok()) {
            return;
        }
        Person candidate = new Person(d);
        s.accessColumn = "institution";
        access.checkActsFor("institution", candidate.getInstitutionId());
        if (candidate.getOrcid() != null) {
            uniqueInFile(r, RecordKind.PERSON, candidate.getOrcid(), "orcid", "ORCID iD");
        }
        Long existing = existing(s, RecordKind.PERSON, candidate.getOrcid());
        if (existing != null) {
            // skipping, too, is only for the importer's own records: a row may not claim someone else's
            access.checkActsFor("institution", em.find(Person.class, existing).getInstitutionId());
        }
        if (!decide(s, existing, d) || existing == null) {
            return;
        }
        Long byOrcid = lookups.byNaturalKey(RecordKind.PERSON, candidate.getOrcid());
        if (byOrcid != null && !byOrcid.equals(existing)) {
            r.error("orcid", "the ORCID iD " + candidate.getOrcid() + " is already registered for person " + byOrcid);
        }
    }

    private void project(RowReader r, ImportStep s) {
        ParsedRows.ProjectRow p = ParsedRows.project(r, this);
        if (!r.ok()) {
            return;
        }
        Project candidate = new Project(p.details());
        List<Jurisdiction> homes = new ArrayList<>();
        for (int i = 0; i < p.staff().size(); i++) {
            Jurisdiction home = created.home(p.staff().get(i).personId());
            candidate.addStaff("staffing[" + i + "]", p.staff().get(i), home);
            homes.add(home);
        }
        s.homes = homes;
        uniqueInFile(r, RecordKind.PROJECT, candidate.getCode(), "code", "project code");
        Long existing = existing(s, RecordKind.PROJECT, candidate.getCode());
        s.accessColumn = "participants";
        Long own = access.ownInstitution();
        if (existing == null) {
            if (own != null && !candidate.parties().contains(own)) {
                throw new AccessDeniedException(
                        "A technology-transfer office imports projects its institution leads or joins: list institution "
                                + own + " among the participants");
            }
            if (codeFree(r, candidate.getCode(), null)) {
                decide(s, null, p);
            }
            return;
        }
        Project current = em.find(Project.class, existing);
        access.checkWrite(Project.KIND, existing, current.parties());
        if (!decide(s, existing, p)) {
            return;
        }
        if (own != null) {
            if (!candidate.parties().contains(own)) {
                throw new AccessDeniedException("Institution " + own + " cannot take itself off project " + existing);
            }
            current.firstChangedRoleOtherThan(own, p.details()).ifPresent(other -> {
                throw new AccessDeniedException("The role of institution " + other + " on project " + existing
                        + " is that institution's to change, not yours");
            });
        }
        codeFree(r, candidate.getCode(), existing);
    }

    /**
     * Fails the row when another project holds the code; the words are the API's, whether or not the
     * importer may read that project, and only one it may read is named.
     */
    private boolean codeFree(RowReader r, String code, Long self) {
        Long byCode = lookups.byNaturalKey(RecordKind.PROJECT, code);
        if (byCode == null || byCode.equals(self)) {
            return true;
        }
        boolean readable = visibility.readable(RecordKind.PROJECT, byCode);
        r.error("code", ProjectCodeTakenException.message(code) + (readable ? " (project " + byCode + ")" : ""));
        takenCodes.add(new TakenCode(r.row().row(), code, byCode, readable));
        return false;
    }

    private void asset(RowReader r, ImportStep s) {
        ParsedRows.AssetRow a = ParsedRows.asset(r, this);
        if (!r.ok()) {
            return;
        }
        IpAsset candidate = new IpAsset(a.details());
        if (a.owners() != null) {
            OwnershipVersion.first(0L, a.owners(), actor);
        }
        long projectId = candidate.getProjectId();
        Set<Long> parties = new HashSet<>();
        if (projectId < 0) {
            parties.addAll(created.parties(projectId));
        } else {
            // a reference to a project the importer may not read was not found (find)
            parties.addAll(em.find(Project.class, projectId).parties());
        }
        s.accessColumn = "project";
        access.checkWrite(Project.KIND, projectId, parties);
        s.parties = parties;
        Long existing = existing(s, RecordKind.IP_ASSET, null);
        List<OnBehalf> onBehalf = ParsedRows.onBehalf(r, this);
        if (!r.ok()) {
            return;
        }
        if (a.owners() == null && !onBehalf.isEmpty()) {
            r.error(OwnershipConsent.COLUMN, "approves a change of ownership: state the owners too");
            return;
        }
        if (existing == null) {
            if (a.owners() != null) {
                s.accessColumn = OwnershipConsent.COLUMN;
                s.consent = consent.decide(-1, Optional.empty(), a.owners(), onBehalf, "this IP asset");
                s.onBehalf = onBehalf;
                s.accessColumn = "project";
            }
            decide(s, null, a);
            return;
        }
        IpAsset current = em.find(IpAsset.class, existing);
        // the owners in force today (OwnershipTimeline's rule)
        Optional<OwnershipVersion> owners =
                OwnershipRepository.timeline(em, existing).inForceOn(LocalDate.now(RegistryClock.ZONE));
        Set<Long> writers =
                new HashSet<>(em.find(Project.class, current.getProjectId()).parties());
        owners.ifPresent(v -> writers.addAll(v.owners()));
        access.checkWrite(IpAsset.KIND, existing, writers);
        if (!decide(s, existing, a)) {
            return;
        }
        if (a.owners() != null) {
            s.accessColumn = "owners";
            Long own = access.ownInstitution();
            if (own != null && !OwnershipVersion.nextWriters(owners, parties).contains(own)) {
                throw new AccessDeniedException(
                        "Only a current co-owner's office may change the ownership of IP asset " + existing);
            }
            owners.ifPresent(v -> v.checkNotBefore(a.owners().effectiveFrom()));
            if (owners.isEmpty() || !owners.get().holds(a.owners())) { // the same owners again add no version
                s.accessColumn = OwnershipConsent.COLUMN;
                s.consent = consent.decide(existing, owners, a.owners(), onBehalf, "IP asset " + existing);
                s.onBehalf = onBehalf;
            }
        }
    }
}
