package org.hetao.registry.capital;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.project.ProjectRepository;

/**
 * The grants of a project. Whoever may read the project reads its grants ({@link ProjectAccess}); the
 * offices of the project's participants (and administrators) write them, naming one of its
 * participants as the recipient. Every change is audited.
 */
@Stateless
public class GrantService {
    @Inject
    GrantRepository grants;

    @Inject
    ProjectRepository projects;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    public List<Grant> list(long projectId) {
        readableProject(projectId);
        return grants.ofProject(projectId);
    }

    public Grant get(long projectId, long grantId) {
        readableProject(projectId);
        Grant g = grants.get(grantId);
        if (g.getProjectId() != projectId) {
            throw new NotFoundException(Grant.KIND, grantId);
        }
        return g;
    }

    public Grant create(long projectId, GrantDetails details) {
        Project project = writableProject(projectId);
        Grant g = new Grant(projectId, details);
        checkRecipient(project, g);
        grants.add(g);
        grants.flush();
        changes.created(Grant.KIND, g.getId(), GrantRecord.of(g));
        return g;
    }

    public Grant update(long projectId, long grantId, long expectedVersion, GrantDetails details) {
        Project project = writableProject(projectId);
        Grant g = get(projectId, grantId);
        g.checkVersion(Grant.KIND, expectedVersion);
        GrantRecord before = GrantRecord.of(g);
        g.describe(details);
        checkRecipient(project, g);
        grants.flush();
        changes.updated(Grant.KIND, grantId, before, GrantRecord.of(g));
        return g;
    }

    public void delete(long projectId, long grantId, long expectedVersion) {
        writableProject(projectId);
        Grant g = get(projectId, grantId);
        g.checkVersion(Grant.KIND, expectedVersion);
        GrantRecord before = GrantRecord.of(g);
        grants.remove(g);
        grants.flush();
        changes.deleted(Grant.KIND, grantId, before);
    }

    private Project readableProject(long projectId) {
        Project project = projects.get(projectId);
        if (!ProjectAccess.readable(access, project)) {
            throw new NotFoundException(Project.KIND, projectId);
        }
        return project;
    }

    private Project writableProject(long projectId) {
        Project project = readableProject(projectId);
        access.checkWrite(Project.KIND, projectId, project.parties());
        return project;
    }

    private static void checkRecipient(Project project, Grant g) {
        if (!project.parties().contains(g.getInstitutionId())) {
            throw new InvalidValueException(
                    "institutionId",
                    ErrorCode.PROJECT_NOT_A_PARTICIPANT,
                    "institution " + g.getInstitutionId() + " takes no part in project " + project.getCode()
                            + "; a grant goes to one of the project's participants",
                    Map.of("allowed", project.parties().stream().sorted().toList()));
        }
    }
}
