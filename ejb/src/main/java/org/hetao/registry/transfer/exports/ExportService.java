package org.hetao.registry.transfer.exports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Permission;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.config.RegistryInstance;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionFilter;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetFilter;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonFilter;
import org.hetao.registry.person.PersonRepository;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectFilter;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.transfer.format.BackupHeader;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.imports.ExternalRef;

/**
 * Reads exports one slice at a time, each slice in a transaction of its own, so that an export of
 * 100,000 rows never holds more than one slice. A list export is the list's own query
 * (same filters, same visibility); an institution's backup holds the institution, its projects,
 * their staff and IP assets with every version of their ownership, and every institution and person
 * these refer to.
 */
@Stateless
public class ExportService {
    public static final int SLICE = 500;
    /** The kinds of a backup, in the order they refer to each other. */
    public static final List<RecordKind> BACKUP_ORDER =
            List.of(RecordKind.INSTITUTION, RecordKind.PERSON, RecordKind.PROJECT, RecordKind.IP_ASSET);

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    InstitutionRepository institutions;

    @Inject
    PersonRepository people;

    @Inject
    ProjectRepository projects;

    @Inject
    IpAssetRepository assets;

    @Inject
    OwnershipRepository ownership;

    /** A list export as the caller may read it; people need the permission to read internal records. */
    public ExportQuery list(RecordKind kind, Object filter) {
        Caller c = access.caller();
        if (kind == RecordKind.PERSON && c != null && !AccessPolicy.allows(c, Permission.INTERNAL_READ)) {
            throw new AccessDeniedException(
                    "The role " + c.role() + " may not read people (needs " + Permission.INTERNAL_READ + ")");
        }
        return new ExportQuery(
                kind, filter, access.scope(), access.seesInternalFields(), refScope(c), null, RegistryInstance.id(em));
    }

    /**
     * The backup of an institution: for an administrator or the institution's own office. Its records
     * are named by that office's references, whoever downloads it, so that they travel with the
     * institution (an import of the backup records them as the institution's again).
     */
    public ExportQuery backup(long institutionId) {
        institutions.get(institutionId);
        access.checkActsFor("institution", institutionId);
        return new ExportQuery(
                null,
                null,
                ReadScope.EVERYTHING,
                true,
                ExternalRef.institutionScope(institutionId),
                institutionId,
                RegistryInstance.id(em));
    }

    /** The first line of a backup: the registry that writes it and the institution whose backup it is. */
    public Map<String, String> backupHeader(ExportQuery q) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put(BackupHeader.REGISTRY, q.registry());
        header.put(
                BackupHeader.INSTITUTION,
                em.find(Institution.class, q.institutionId()).getShortName());
        return header;
    }

    public static List<String> header(RecordKind kind, boolean internal) {
        return Columns.visible(kind, internal).stream().map(Column::name).toList();
    }

    /** The next slice of a list export after the record with id {@code afterId}. */
    public List<ExportRow> slice(ExportQuery q, long afterId) {
        return switch (q.kind()) {
            case INSTITUTION ->
                institutionRows(
                        institutions.query((InstitutionFilter) q.filter()).slice(afterId, SLICE), q);
            case PERSON -> personRows(people.query((PersonFilter) q.filter()).slice(afterId, SLICE), q);
            case PROJECT ->
                projectRows(
                        projects.query((ProjectFilter) q.filter(), q.scope())
                                .fetchTogether("keywords", "sectors", "participants", "funding", "staff")
                                .slice(afterId, SLICE),
                        q);
            case IP_ASSET ->
                assetRows(
                        assets.query((IpAssetFilter) q.filter(), q.scope())
                                .fetchTogether("filings", "inventors")
                                .slice(afterId, SLICE),
                        q);
            case OWNERSHIP ->
                throw new IllegalArgumentException(
                        "ownership versions are exported only in a backup, after their asset");
        };
    }

    /** The next slice of one kind of a backup. */
    public List<ExportRow> backupSlice(ExportQuery q, RecordKind kind, long afterId) {
        long inst = q.institutionId();
        String projectsOf = "SELECT pp.id FROM Project pp JOIN pp.participants px WHERE px.institutionId = :inst";
        return switch (kind) {
            case PROJECT ->
                projectRows(
                        slice(
                                Project.class,
                                "SELECT p FROM Project p WHERE p.id > :after AND p.id IN (" + projectsOf + ")",
                                inst,
                                afterId),
                        q);
            case IP_ASSET ->
                assetRows(
                        slice(
                                IpAsset.class,
                                "SELECT a FROM IpAsset a WHERE a.id > :after AND a.projectId IN (" + projectsOf + ")",
                                inst,
                                afterId),
                        q);
            case PERSON ->
                personRows(
                        slice(
                                Person.class,
                                "SELECT pe FROM Person pe WHERE pe.id > :after AND (pe.institutionId = :inst"
                                        + " OR pe.id IN ("
                                        + staffOf(projectsOf.replace("pp", "p1").replace("px", "x1")) + ")"
                                        + " OR pe.id IN ("
                                        + inventorsOf(
                                                projectsOf.replace("pp", "p2").replace("px", "x2")) + "))",
                                inst,
                                afterId),
                        q);
            case INSTITUTION ->
                institutionRows(
                        slice(
                                Institution.class,
                                "SELECT i FROM Institution i WHERE i.id > :after AND (i.id = :inst"
                                        + " OR i.id IN (SELECT y.institutionId FROM Project p3 JOIN p3.participants y WHERE p3.id IN ("
                                        + projectsOf.replace("pp", "p4").replace("px", "x4") + "))"
                                        + " OR i.id IN (SELECT q1.institutionId FROM Person q1 WHERE q1.id IN ("
                                        + staffOf(projectsOf.replace("pp", "p5").replace("px", "x5")) + "))"
                                        + " OR i.id IN (SELECT q2.institutionId FROM Person q2 WHERE q2.id IN ("
                                        + inventorsOf(
                                                projectsOf.replace("pp", "p6").replace("px", "x6")) + "))"
                                        + " OR i.id IN (SELECT sh.institutionId FROM OwnershipVersion v JOIN v.shares sh WHERE v.ipAssetId IN (SELECT a7.id FROM IpAsset a7 WHERE a7.projectId IN ("
                                        + projectsOf.replace("pp", "p7").replace("px", "x7") + "))))",
                                inst,
                                afterId),
                        q);
            case OWNERSHIP -> throw new IllegalArgumentException("ownership versions follow the line of their asset");
        };
    }

    private static String staffOf(String projectIds) {
        return "SELECT s.personId FROM Staffing s WHERE s.project.id IN (" + projectIds + ")";
    }

    private static String inventorsOf(String projectIds) {
        return "SELECT iv.personId FROM IpAsset ia JOIN ia.inventors iv WHERE ia.projectId IN (" + projectIds + ")";
    }

    private <T> List<T> slice(Class<T> type, String jpql, long inst, long afterId) {
        String alias = jpql.substring("SELECT ".length(), jpql.indexOf(' ', "SELECT ".length()));
        return em.createQuery(jpql + " ORDER BY " + alias + ".id", type)
                .setParameter("inst", inst)
                .setParameter("after", afterId)
                .setMaxResults(SLICE)
                .getResultList();
    }

    private List<ExportRow> institutionRows(List<Institution> list, ExportQuery q) {
        RefNames names = names(q, list.stream().map(Institution::getId).toList());
        return list.stream()
                .map(i -> new ExportRow(i.getId(), RecordCells.institution(i, names)))
                .toList();
    }

    private List<ExportRow> personRows(List<Person> list, ExportQuery q) {
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getId());
            ids.add(p.getInstitutionId());
        });
        RefNames names = names(q, ids);
        return list.stream()
                .map(p -> new ExportRow(p.getId(), RecordCells.person(p, names)))
                .toList();
    }

    private List<ExportRow> projectRows(List<Project> list, ExportQuery q) {
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getId());
            ids.addAll(p.parties());
            if (q.internal()) {
                p.getStaff().forEach(s -> ids.add(s.getPersonId()));
            }
        });
        RefNames names = names(q, ids);
        return list.stream()
                .map(p -> new ExportRow(p.getId(), RecordCells.project(p, names, q.internal())))
                .toList();
    }

    /**
     * Asset rows with their current owners; in a backup, the asset's line holds no owners and every
     * version of its ownership follows it instead, oldest first.
     */
    private List<ExportRow> assetRows(List<IpAsset> list, ExportQuery q) {
        Set<Long> ids = new HashSet<>();
        Map<Long, List<OwnershipVersion>> histories = q.backup()
                ? ownership.histories(list.stream().map(IpAsset::getId).toList())
                : Map.of();
        List<Optional<OwnershipVersion>> owners = new ArrayList<>();
        for (IpAsset a : list) {
            ids.add(a.getId());
            ids.add(a.getProjectId());
            a.getInventors().forEach(i -> ids.add(i.getPersonId()));
            histories.getOrDefault(a.getId(), List.of()).forEach(v -> ids.addAll(v.owners()));
            Optional<OwnershipVersion> current =
                    q.internal() && !q.backup() ? ownership.current(a.getId()) : Optional.empty();
            current.ifPresent(v -> ids.addAll(v.owners()));
            owners.add(current);
        }
        RefNames names = names(q, ids);
        List<ExportRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            IpAsset a = list.get(i);
            List<ExportRow.Line> versions = histories.getOrDefault(a.getId(), List.of()).stream()
                    .map(v -> new ExportRow.Line(RecordKind.OWNERSHIP, RecordCells.ownership(v, names)))
                    .toList();
            rows.add(new ExportRow(a.getId(), RecordCells.asset(a, owners.get(i), names, q.internal()), versions));
        }
        return rows;
    }

    private RefNames names(ExportQuery q, java.util.Collection<Long> ids) {
        return new RefNames(em, q.refScope(), q.registry()).load(ids);
    }

    private static String refScope(Caller c) {
        return c == null ? null : ExternalRef.scopeOf(c.institutionId(), c.accountId());
    }
}
