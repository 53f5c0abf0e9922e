package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongUnaryOperator;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditChain;
import org.hetao.registry.audit.ChangeBatch;
import org.hetao.registry.audit.RecordChanged;
import org.hetao.registry.common.Jdbc;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistryIds;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionService;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipChanged;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipService;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectService;
import org.hetao.registry.project.ProjectWrites;
import org.hetao.registry.project.Staffing;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.proposal.OpenProposalExistsException;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalRecord;
import org.hetao.registry.proposal.ProposalRepository;
import org.hetao.registry.proposal.ProposalState;
import org.hetao.registry.proposal.ProposalStep;
import org.hetao.registry.proposal.Proposer;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Writes a validated plan in the caller's transaction: every record built through its entity's
 * constructor or intention-revealing method; new projects written by {@link ProjectWrites}, the
 * services' own write of a project, and the names rows give them as JDBC batches, the other records
 * through the persistence context (flushed and cleared every {@link #BATCH} rows). Every write's
 * audit record and outbox row is made by {@link ChangeBatch}, as the services' are: the outbox rows
 * with each batch, the audit records at the end (see {@link #appendAudit}).
 * A row whose change of ownership awaits other institutions' approval ({@link OwnershipConsent})
 * leaves an OPEN proposal instead of a version, audited like one made through the API.
 * Last, for every IP asset the registry held whose ownership gained a version, it fires
 * {@link OwnershipChanged} in the same transaction, as {@link OwnershipService#change} does, so that
 * agreements made from an earlier version are flagged out of date. The caller commits all of it or none.
 */
public final class ImportWriter {
    static final int BATCH = 500;

    private final EntityManager em;
    private final String actor;
    private final ChangeBatch changes;
    private final Consumer<RecordChanged> changed;
    private final Consumer<OwnershipChanged> ownershipChanged;
    private final Map<Long, Long> written = new HashMap<>();
    /** Names of records, new with this import, to be written with the next batch. */
    private final List<ExternalRef> newRefs = new ArrayList<>();
    /** Rows that refer by plain id to records of the same batch (ownership versions): persisted once those are written. */
    private final List<Object> afterRecords = new ArrayList<>();
    /** The newest ownership version this import recorded of each asset, which the next one follows. */
    private final Map<Long, OwnershipVersion> latestVersions = new HashMap<>();
    /** Of each asset the registry held whose ownership this import continued, the number of its newest version. */
    private final Map<Long, Integer> continuedOwnership = new LinkedHashMap<>();
    /** Names the rows gave their records, recorded once the scope that records them is known (see {@link RefScopes}). */
    private final List<NewName> newNames = new ArrayList<>();
    /** Proposals persisted with the next flush, whose ids their audit records and their rows' report name. */
    private final List<NewProposal> newProposals = new ArrayList<>();

    private Consumer<ProposalStep> proposed = step -> {};
    private Connection connection;
    private RegistryIds registryIds;
    private ProjectWrites projects;
    private RefScopes scopes;
    private Duration proposalExpiry =
            Duration.ofDays(Long.parseLong(RegistrySetting.OWNERSHIP_PROPOSAL_EXPIRY_DAYS.defaultValue()));

    /** A proposal of the change of a row's ownership, to be audited once persisted. */
    private record NewProposal(OwnershipProposal proposal, ImportStep step) {}

    /** A name a row gave the record it created or matched, to be recorded in its scope. */
    private record NewName(RecordKind kind, String name, long id) {}

    /**
     * @param auditChain       the audit chain the import's records are appended to
     * @param changed          told of every changed record after each batch is flushed (the container
     *                         fires {@link RecordChanged} events with it)
     * @param ownershipChanged told, at the end, of each asset the registry held whose ownership gained
     *                         a version (the container fires {@link OwnershipChanged} with it)
     */
    public ImportWriter(
            EntityManager em,
            AuditChain auditChain,
            String actor,
            String actorRole,
            String detail,
            Consumer<RecordChanged> changed,
            Consumer<OwnershipChanged> ownershipChanged) {
        this.em = em;
        this.actor = actor;
        this.changes = new ChangeBatch(auditChain, actor, actorRole, detail);
        this.changed = changed;
        this.ownershipChanged = ownershipChanged;
    }

    /** Told of each proposal the import leaves open for other offices, in the import's transaction (their inboxes). */
    public ImportWriter onProposal(Consumer<ProposalStep> proposed) {
        this.proposed = proposed;
        return this;
    }

    /** How long a proposal the import makes stays open ({@link RegistrySetting#OWNERSHIP_PROPOSAL_EXPIRY_DAYS}; its default unless set). */
    public ImportWriter proposalsExpireAfter(Duration expiry) {
        this.proposalExpiry = expiry;
        return this;
    }

    public ImportCounts write(ImportPlan plan, IntConsumer progress) {
        scopes = plan.scopes();
        em.flush();
        em.clear();
        em.setFlushMode(FlushModeType.COMMIT);
        connection = Jdbc.connection(em);
        registryIds = new RegistryIds(connection);
        projects = new ProjectWrites(em, registryIds);
        LongUnaryOperator ids = id -> id < 0 ? Objects.requireNonNull(written.get(id), "placeholder " + id) : id;
        ImportCounts counts = new ImportCounts();
        List<ImportStep> steps = plan.steps();
        RecordKind lastKind = null;
        for (int i = 0; i < steps.size(); i++) {
            ImportStep s = steps.get(i);
            if (s.kind() == RecordKind.OWNERSHIP) {
                // persisted after the flush that writes their assets (see afterRecords), so the kinds need not
                // alternate flushes
                if (s.action == ImportAction.CREATE || s.action == ImportAction.PROPOSE) {
                    recordVersion(s, ids);
                }
            } else {
                if (lastKind != null && lastKind != s.kind()) {
                    // records refer to each other by plain ids, which the persistence provider cannot order: write each
                    // kind before the next
                    flush();
                }
                long id = switch (s.action) {
                    case CREATE -> create(s, ids);
                    case UPDATE -> update(s, ids);
                    case SKIP -> s.existingId;
                    case PROPOSE -> throw new IllegalStateException("only an ownership line is proposed");
                };
                map(s, id);
                lastKind = s.kind();
            }
            counts.add(s.kind(), s.action);
            if ((i + 1) % BATCH == 0) {
                flush();
                progress.accept(i + 1);
            }
        }
        flush();
        if (!newNames.isEmpty()) {
            throw new IllegalStateException("the scope of " + newNames.size()
                    + " name(s) is unknown: the backup's institution was not written");
        }
        appendAudit();
        continuedOwnership.forEach((asset, version) -> ownershipChanged.accept(new OwnershipChanged(asset, version)));
        progress.accept(steps.size());
        return counts;
    }

    /**
     * Appends the audit records of the whole import at its end: every append locks the audit chain's
     * head until commit, and taking it only now keeps other writes from waiting for the whole import.
     */
    private void appendAudit() {
        changes.appendAudit(connection);
    }

    private long create(ImportStep s, LongUnaryOperator ids) {
        long id = switch (s.kind()) {
            case INSTITUTION -> {
                Institution e = new Institution((InstitutionDetails) s.values);
                em.persist(e);
                record(AuditAction.CREATE, Institution.KIND, e.getId(), null, e.details());
                changeAliases(e, s.aliases);
                yield e.getId();
            }
            case PERSON -> {
                Person e = new Person(Placeholders.person((PersonDetails) s.values, ids));
                em.persist(e);
                record(AuditAction.CREATE, Person.KIND, e.getId(), null, e.details());
                yield e.getId();
            }
            case PROJECT -> {
                ParsedRows.ProjectRow p = (ParsedRows.ProjectRow) s.values;
                Project e = new Project(Placeholders.project(p.details(), ids));
                for (int i = 0; i < p.staff().size(); i++) {
                    e.addStaff(
                            "staffing[" + i + "]",
                            Placeholders.staffing(p.staff().get(i), ids),
                            s.homes.get(i));
                }
                // written, and its creation recorded, with the batch (ProjectWrites)
                projects.add(e);
                yield e.getId();
            }
            case IP_ASSET -> {
                ParsedRows.AssetRow a = (ParsedRows.AssetRow) s.values;
                IpAsset e = new IpAsset(Placeholders.asset(a.details(), ids));
                em.persist(e);
                record(AuditAction.CREATE, IpAsset.KIND_NAME, e.getId(), null, e.details());
                if (a.owners() != null) {
                    changeOwnership(e.getId(), Optional.empty(), Placeholders.owners(a.owners(), ids), s, ids);
                }
                yield e.getId();
            }
            case OWNERSHIP ->
                throw new IllegalStateException("an ownership version is recorded, not created as a record");
        };
        written.put(s.placeholder, id);
        return id;
    }

    private long update(ImportStep s, LongUnaryOperator ids) {
        long id = s.existingId;
        switch (s.kind()) {
            case INSTITUTION -> {
                Institution e = em.find(Institution.class, id);
                InstitutionDetails before = e.details();
                e.describe((InstitutionDetails) s.values);
                record(AuditAction.UPDATE, Institution.KIND, id, before, e.details());
                changeAliases(e, s.aliases);
            }
            case PERSON -> {
                Person e = em.find(Person.class, id);
                PersonDetails before = e.details();
                e.describe(Placeholders.person((PersonDetails) s.values, ids));
                record(AuditAction.UPDATE, Person.KIND, id, before, e.details());
            }
            case PROJECT -> updateProject(s, ids, em.find(Project.class, id));
            case IP_ASSET -> updateAsset(s, ids, em.find(IpAsset.class, id));
        }
        return id;
    }

    /** Replaces the institution's aliases with those of the row, audited as the API does; none stated: left as they are. */
    private void changeAliases(Institution e, List<String> aliases) {
        if (aliases == null) {
            return;
        }
        InstitutionService.AliasChange before = new InstitutionService.AliasChange(e.getAliases());
        e.changeAliases(aliases);
        InstitutionService.AliasChange after = new InstitutionService.AliasChange(e.getAliases());
        if (!after.equals(before)) {
            record(AuditAction.UPDATE, Institution.KIND, e.getId(), before, after);
        }
    }

    private void updateProject(ImportStep s, LongUnaryOperator ids, Project e) {
        ParsedRows.ProjectRow p = (ParsedRows.ProjectRow) s.values;
        var before = e.details();
        e.describe(Placeholders.project(p.details(), ids));
        record(AuditAction.UPDATE, Project.KIND, e.getId(), before, e.details());
        if (!p.staffStated()) {
            return;
        }
        List<Staffing> unmatched = new ArrayList<>(e.getStaff());
        for (int i = 0; i < p.staff().size(); i++) {
            StaffingDetails d = Placeholders.staffing(p.staff().get(i), ids);
            Optional<Staffing> same = unmatched.stream()
                    .filter(st -> st.getPersonId() == d.personId() && st.getRole() == d.role())
                    .findFirst();
            if (same.isPresent()) {
                Staffing st = same.get();
                unmatched.remove(st);
                StaffingDetails old = st.details();
                st.describe("staffing[" + i + "]", d, s.homes.get(i));
                if (!old.equals(st.details())) {
                    record(AuditAction.UPDATE, ProjectService.STAFFING, st.getId(), old, st.details());
                }
            } else {
                Staffing st = e.addStaff("staffing[" + i + "]", d, s.homes.get(i));
                em.persist(st);
                record(AuditAction.CREATE, ProjectService.STAFFING, st.getId(), null, st.details());
            }
        }
        for (Staffing st : unmatched) {
            StaffingDetails old = st.details();
            e.removeStaff(st);
            record(AuditAction.DELETE, ProjectService.STAFFING, st.getId(), old, null);
        }
        em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void updateAsset(ImportStep s, LongUnaryOperator ids, IpAsset e) {
        ParsedRows.AssetRow a = (ParsedRows.AssetRow) s.values;
        var before = e.details();
        e.describe(Placeholders.asset(a.over(before), ids));
        record(AuditAction.UPDATE, IpAsset.KIND_NAME, e.getId(), before, e.details());
        if (a.owners() == null) {
            return;
        }
        OwnershipChange change = Placeholders.owners(a.owners(), ids);
        // the same owners as those in force today add no version; a new one follows the latest recorded
        Optional<OwnershipVersion> inForce =
                OwnershipRepository.timeline(em, e.getId()).inForceOn(LocalDate.now(RegistryClock.ZONE));
        if (inForce.isPresent() && inForce.get().holds(change)) {
            return;
        }
        changeOwnership(e.getId(), currentOwnership(e.getId()), change, s, ids)
                .ifPresent(v -> continuedOwnership.put(e.getId(), v.getVersionNo()));
    }

    /** A version of an ownership line: the next one of its asset, which the file created or the registry holds (or its proposal). */
    private void recordVersion(ImportStep s, LongUnaryOperator ids) {
        ParsedRows.OwnershipRow o = (ParsedRows.OwnershipRow) s.values;
        long assetId = ids.applyAsLong(o.assetId());
        // an asset this file created has only the versions this import recorded
        Optional<OwnershipVersion> current =
                o.assetId() < 0 ? Optional.ofNullable(latestVersions.get(assetId)) : currentOwnership(assetId);
        if (current.map(OwnershipVersion::getVersionNo).orElse(0) != o.versionNo() - 1) {
            throw stale(assetId);
        }
        Optional<OwnershipVersion> next =
                changeOwnership(assetId, current, Placeholders.owners(o.change(), ids), s, ids);
        if (o.assetId() >= 0) {
            next.ifPresent(v -> continuedOwnership.put(assetId, v.getVersionNo()));
        }
    }

    private static StaleVersionException stale(long assetId) {
        return new StaleVersionException("Someone else recorded a version of the ownership of IP asset " + assetId
                + " while the import ran; run the import again");
    }

    /**
     * The row's change of the asset's ownership, as its {@link OwnershipConsent.Decision} says: a version
     * recorded at once (returned), or an OPEN proposal awaiting the other approvals (empty). A proposal
     * is also kept, as APPROVED, of a version recorded with approvals made on behalf of institutions.
     */
    private Optional<OwnershipVersion> changeOwnership(
            long assetId,
            Optional<OwnershipVersion> current,
            OwnershipChange change,
            ImportStep s,
            LongUnaryOperator ids) {
        OwnershipConsent.Decision d = s.consent;
        if (d == null || !d.keepsProposal()) {
            return Optional.of(addVersion(assetId, current, change));
        }
        if (current.map(OwnershipVersion::getVersionNo).orElse(0) != d.baseVersionNo()) {
            throw stale(assetId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // based on the latest version, which an import continues in date order (OwnershipLines): its owners are those
        // replaced
        OwnershipTimeline base = new OwnershipTimeline(current.map(List::of).orElse(List.of()));
        OwnershipProposal p = OwnershipProposal.propose(
                assetId,
                base,
                LocalDate.now(RegistryClock.ZONE),
                null,
                change,
                new Proposer(actor, d.proposerInstitution()),
                now,
                proposalExpiry);
        d.documents().forEach((institution, document) -> p.approve(ids.applyAsLong(institution), actor, document, now));
        Optional<OwnershipVersion> recorded = Optional.empty();
        if (p.pending().isEmpty()) {
            OwnershipVersion v = addVersion(assetId, current, change);
            p.tookEffect(v.getVersionNo(), now);
            recorded = Optional.of(v);
        } else {
            closeExpiredProposal(assetId, now);
        }
        afterRecords.add(p);
        newProposals.add(new NewProposal(p, s));
        return recorded;
    }

    /** An expired proposal still stored as OPEN is closed (EXPIRED), as the proposal service does, before the next one opens. */
    private void closeExpiredProposal(long assetId, OffsetDateTime now) {
        if (assetId < 0) {
            return;
        }
        ProposalRepository.open(em, assetId).ifPresent(open -> {
            ProposalRecord before = ProposalRecord.of(open);
            if (!open.expireIfDue(now)) {
                throw new OpenProposalExistsException("IP asset " + assetId + " got an open ownership proposal ("
                        + open.getId() + ") while the import ran; run the import again once it is decided");
            }
            record(AuditAction.UPDATE, OwnershipProposal.KIND, open.getId(), before, ProposalRecord.of(open));
        });
    }

    private OwnershipVersion addVersion(long assetId, Optional<OwnershipVersion> current, OwnershipChange change) {
        OwnershipVersion next =
                current.map(c -> c.next(change, actor)).orElseGet(() -> OwnershipVersion.first(assetId, change, actor));
        afterRecords.add(next);
        latestVersions.put(assetId, next);
        record(
                AuditAction.UPDATE,
                OwnershipService.KIND,
                assetId,
                current.map(OwnershipVersion::asChange).orElse(null),
                next.asChange());
        return next;
    }

    /** The asset's newest ownership version: one this import recorded, else the registry's. */
    private Optional<OwnershipVersion> currentOwnership(long assetId) {
        OwnershipVersion recorded = latestVersions.get(assetId);
        return recorded != null ? Optional.of(recorded) : OwnershipRepository.latest(em, assetId);
    }

    /**
     * Records the name the row gave the record: new (with the next flush, when its scope is known), or
     * pointed again at a record that replaced a deleted one.
     */
    private void map(ImportStep s, long id) {
        if (s.mapping == null) {
            newNames.add(new NewName(s.kind(), scopes.canonical(s.ref()), id));
        } else if (s.mapping.getRegistryId() != id) {
            em.find(ExternalRef.class, s.mapping.getId()).repoint(id);
        }
    }

    /** Persists the new names whose scope is known: all of them, unless the backup's institution is yet to be written. */
    private void recordNames() {
        for (Iterator<NewName> i = newNames.iterator(); i.hasNext(); ) {
            NewName n = i.next();
            String scope = scopes.recording(n.name(), written::get);
            if (scope != null) {
                newRefs.add(new ExternalRef(scope, n.kind(), n.name(), n.id()));
                i.remove();
            }
        }
    }

    private void record(AuditAction action, String kind, long id, Record before, Record after) {
        changes.record(action, kind, id, before, after, Set.of());
    }

    /** Writes the new names as one JDBC batch. */
    private void writeNames() {
        if (newRefs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(ExternalRef.INSERT)) {
            for (ExternalRef r : newRefs) {
                r.bind(ps, registryIds.next());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not write " + newRefs.size() + " external reference(s)", e);
        }
        newRefs.clear();
    }

    private void flush() {
        projects.write(changes);
        recordNames();
        writeNames();
        if (!afterRecords.isEmpty()) {
            em.flush();
            afterRecords.forEach(em::persist);
            afterRecords.clear();
        }
        for (NewProposal n : newProposals) {
            n.step().proposalId = n.proposal().getId();
            record(
                    AuditAction.CREATE,
                    OwnershipProposal.KIND,
                    n.proposal().getId(),
                    null,
                    ProposalRecord.of(n.proposal()));
            if (n.proposal().getState() == ProposalState.OPEN) {
                proposed.accept(new ProposalStep(
                        n.proposal(),
                        ProposalStep.Kind.PROPOSED,
                        actor,
                        n.proposal().getProposerInstitutionId()));
            }
        }
        newProposals.clear();
        em.flush();
        List<RecordChanged> outbox = changes.writeOutbox(connection, registryIds);
        em.clear();
        outbox.forEach(changed);
    }
}
