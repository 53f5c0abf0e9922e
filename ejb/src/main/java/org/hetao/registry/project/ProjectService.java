package org.hetao.registry.project;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.audit.ChangeBatch;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonRepository;

/**
 * Registers and maintains projects and their staff. A TTO registers projects its institution takes
 * part in and changes only those; it may not change the role of another institution on a project.
 */
@Stateless
public class ProjectService {
    public static final String STAFFING = "staffing";

    @Inject
    ProjectRepository projects;

    @Inject
    InstitutionRepository institutions;

    @Inject
    PersonRepository people;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    @Inject
    AuditLog audit;

    /** For the container. */
    public ProjectService() {}

    /** A service over given collaborators, outside the container (plain tests over a test database). */
    public ProjectService(
            ProjectRepository projects,
            InstitutionRepository institutions,
            PersonRepository people,
            AccessGuard access,
            ChangeRecorder changes,
            AuditLog audit) {
        this.projects = projects;
        this.institutions = institutions;
        this.people = people;
        this.access = access;
        this.changes = changes;
        this.audit = audit;
    }

    public Page<Project> list(ProjectFilter filter, PageRequest page) {
        return projects.list(filter, page, access.scope());
    }

    /** The project, if the caller may read it; otherwise "not found". */
    public Project get(long id) {
        Project project = projects.get(id);
        if (!ProjectAccess.readable(access, project)) {
            throw new NotFoundException(Project.KIND, id);
        }
        return project;
    }

    /** Registers a project with its first staff; nothing is stored unless all of it is valid. */
    public Project create(ProjectDetails details, List<StaffingDetails> staff) {
        Project project = new Project(details);
        checkParticipants(details);
        Long own = access.ownInstitution();
        if (own != null && !project.parties().contains(own)) {
            throw new AccessDeniedException(
                    "A technology-transfer office registers projects its institution leads or joins: "
                            + "list institution " + own + " among the participants");
        }
        checkUnique(project.getCode(), null);
        List<StaffingDetails> lines = staff == null ? List.of() : staff;
        for (int i = 0; i < lines.size(); i++) {
            String field = "staffing[" + i + "]";
            project.addStaff(field, lines.get(i), homeOf(field + ".personId", lines.get(i)));
        }
        ChangeBatch batch = changes.batch();
        projects.create(List.of(project), batch);
        changes.write(batch);
        return project;
    }

    public Project update(long id, long expectedVersion, ProjectDetails details) {
        Project project = writable(id);
        project.checkVersion(Project.KIND, expectedVersion);
        Project candidate = new Project(details);
        checkParticipants(details);
        Long own = access.ownInstitution();
        if (own != null) {
            if (!candidate.parties().contains(own)) {
                throw new AccessDeniedException("Institution " + own + " cannot take itself off project " + id
                        + "; ask an administrator or the other parties");
            }
            project.firstChangedRoleOtherThan(own, details).ifPresent(other -> {
                throw new AccessDeniedException("The role of institution " + other + " on project " + id
                        + " is that institution's to change, not yours");
            });
        }
        checkUnique(candidate.getCode(), id);
        ProjectDetails before = project.details();
        project.describe(details);
        projects.flush();
        changes.updated(Project.KIND, id, before, project.details());
        return project;
    }

    public void delete(long id, long expectedVersion) {
        Project project = writable(id);
        project.checkVersion(Project.KIND, expectedVersion);
        long assets = projects.countIpAssets(id);
        if (assets > 0) {
            throw new ConflictException(
                    "Project " + id + " is the origin of " + assets + " IP asset(s); delete or move those first");
        }
        ProjectDetails before = project.details();
        Set<Long> staffIds = project.getStaff().stream().map(Staffing::getId).collect(Collectors.toSet());
        projects.remove(project);
        try {
            projects.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(
                    "Project " + id + " is still referenced by other records; remove those references first");
        }
        changes.deleted(Project.KIND, id, before);
        staffIds.forEach(s -> changes.deleted(STAFFING, s, null));
    }

    public List<Staffing> staff(long projectId) {
        return get(projectId).getStaff();
    }

    public Staffing staffMember(long projectId, long staffingId) {
        return get(projectId).staffMember(staffingId);
    }

    public Staffing addStaff(long projectId, StaffingDetails details) {
        Project project = writable(projectId);
        Staffing staffing = project.addStaff("", details, homeOf("personId", details));
        projects.touch(project);
        projects.flush();
        changes.created(STAFFING, staffing.getId(), staffing.details());
        return staffing;
    }

    public Staffing updateStaff(long projectId, long staffingId, long expectedVersion, StaffingDetails details) {
        Project project = writable(projectId);
        Staffing staffing = project.staffMember(staffingId);
        staffing.checkVersion(expectedVersion);
        StaffingDetails before = staffing.details();
        staffing.describe("", details, homeOf("personId", details));
        projects.touch(project);
        projects.flush();
        changes.updated(STAFFING, staffingId, before, staffing.details());
        return staffing;
    }

    public void removeStaff(long projectId, long staffingId, long expectedVersion) {
        Project project = writable(projectId);
        Staffing staffing = project.staffMember(staffingId);
        staffing.checkVersion(expectedVersion);
        StaffingDetails before = staffing.details();
        project.removeStaff(staffing);
        projects.touch(project);
        projects.flush();
        changes.deleted(STAFFING, staffingId, before);
    }

    /** The project, if the caller may read and change it. */
    private Project writable(long id) {
        Project project = get(id);
        access.checkWrite(Project.KIND, id, project.parties());
        return project;
    }

    /** The jurisdiction of the institution of the person a staffing line names (null if it names none). */
    private Jurisdiction homeOf(String field, StaffingDetails details) {
        if (details == null || details.personId() == null) {
            return null;
        }
        Person person = people.reference(field, details.personId());
        return institutions.get(person.getInstitutionId()).getJurisdiction();
    }

    /** Each participant names an existing institution; call after the details passed the project's own checks. */
    private void checkParticipants(ProjectDetails details) {
        List<ParticipantDetails> lines = details.participants();
        for (int i = 0; i < lines.size(); i++) {
            institutions.reference(
                    "participants[" + i + "].institutionId", lines.get(i).institutionId());
        }
    }

    /**
     * The code is no other project's. A conflict answers the same whether or not the caller may read
     * the other project (only a readable one is named, apart from the message), and every conflict
     * is audited in a transaction of its own, so the two cases also cost the same.
     */
    private void checkUnique(String code, Long self) {
        projects.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            boolean visible = ProjectAccess.readable(access, other);
            Caller c = access.caller();
            audit.appendSeparately(new AuditEvent(
                    c == null ? "system" : c.username(),
                    c == null ? null : c.role().name(),
                    AuditAction.REFUSED,
                    Project.KIND,
                    other.getId(),
                    null,
                    "the project code " + code + " is already used by this project, which the caller "
                            + (visible ? "may" : "may not") + " read"
                            + (self == null ? "" : "; refused for project " + self)));
            throw new ProjectCodeTakenException(code, visible ? other.getId() : null);
        });
    }
}
