package org.hetao.registry.project;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonRepository;

/** Registers and maintains projects and their staff. */
@Stateless
public class ProjectService {
    @Inject
    ProjectRepository projects;
    @Inject
    InstitutionRepository institutions;
    @Inject
    PersonRepository people;

    public Page<Project> list(ProjectFilter filter, PageRequest page) {
        return projects.list(filter, page);
    }

    public Project get(long id) {
        return projects.get(id);
    }

    /** Registers a project with its first staff; nothing is stored unless all of it is valid. */
    public Project create(ProjectDetails details, List<StaffingDetails> staff) {
        Project project = new Project(details);
        checkParticipants(details);
        checkUnique(project.getCode(), null);
        List<StaffingDetails> lines = staff == null ? List.of() : staff;
        for (int i = 0; i < lines.size(); i++) {
            String field = "staffing[" + i + "]";
            project.addStaff(field, lines.get(i), homeOf(field + ".personId", lines.get(i)));
        }
        projects.add(project);
        projects.flush();
        return project;
    }

    public Project update(long id, long expectedVersion, ProjectDetails details) {
        Project project = projects.get(id);
        project.checkVersion(Project.KIND, expectedVersion);
        Project candidate = new Project(details);
        checkParticipants(details);
        checkUnique(candidate.getCode(), id);
        project.describe(details);
        projects.flush();
        return project;
    }

    public void delete(long id, long expectedVersion) {
        Project project = projects.get(id);
        project.checkVersion(Project.KIND, expectedVersion);
        long assets = projects.countIpAssets(id);
        if (assets > 0) {
            throw new ConflictException("Project " + id + " is the origin of " + assets + " IP asset(s); delete or move those first");
        }
        projects.remove(project);
        try {
            projects.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Project " + id + " is still referenced by other records; remove those references first");
        }
    }

    public List<Staffing> staff(long projectId) {
        return projects.get(projectId).getStaff();
    }

    public Staffing staffMember(long projectId, long staffingId) {
        return projects.get(projectId).staffMember(staffingId);
    }

    public Staffing addStaff(long projectId, StaffingDetails details) {
        Project project = projects.get(projectId);
        Staffing staffing = project.addStaff("", details, homeOf("personId", details));
        projects.touch(project);
        projects.flush();
        return staffing;
    }

    public Staffing updateStaff(long projectId, long staffingId, long expectedVersion, StaffingDetails details) {
        Project project = projects.get(projectId);
        Staffing staffing = project.staffMember(staffingId);
        staffing.checkVersion(expectedVersion);
        staffing.describe("", details, homeOf("personId", details));
        projects.touch(project);
        projects.flush();
        return staffing;
    }

    public void removeStaff(long projectId, long staffingId, long expectedVersion) {
        Project project = projects.get(projectId);
        Staffing staffing = project.staffMember(staffingId);
        staffing.checkVersion(expectedVersion);
        project.removeStaff(staffing);
        projects.touch(project);
        projects.flush();
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
            institutions.reference("participants[" + i + "].institutionId", lines.get(i).institutionId());
        }
    }

    private void checkUnique(String code, Long self) {
        projects.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new ConflictException("The project code " + code + " is already used by project " + other.getId());
        });
    }
}
