package org.hetao.registry.project;

import org.hetao.registry.account.AccessGuard;
import org.hetao.registry.common.Confidentiality;

/** The rule for reading a project, for every place that decides it: the API, references to it and imports. */
public final class ProjectAccess {
    private ProjectAccess() {}

    /** The caller may read the project: it is a party, or the project's confidentiality lets it (investors: PUBLIC only). */
    public static boolean readable(AccessGuard access, Project project) {
        boolean isPublic = project.getConfidentiality() == Confidentiality.PUBLIC;
        return access.canRead(project.getConfidentiality(), project.parties(), isPublic);
    }
}
