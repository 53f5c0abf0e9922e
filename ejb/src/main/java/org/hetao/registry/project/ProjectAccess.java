package org.hetao.registry.project;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.CriteriaFacts;
import org.hetao.registry.access.ReadRule;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.access.RecordFacts;
import org.hetao.registry.common.Confidentiality;

/**
 * A project's facts for {@link ReadRule}, in memory and as criteria, for every place that decides
 * whether a project may be read: the API, references to it, imports, lists, statistics and search.
 */
public final class ProjectAccess {
    private ProjectAccess() {}

    /** The caller may read the project. */
    public static boolean readable(AccessGuard access, Project project) {
        return access.canRead(facts(project));
    }

    /** What decides who may read the project: its confidentiality and its participants. */
    public static RecordFacts facts(Project project) {
        return RecordFacts.project(project.getConfidentiality(), project.parties());
    }

    /** The rule's {@code isPublic} for a project, as criteria. */
    public static Predicate isPublic(CriteriaBuilder cb, Path<Project> project) {
        return cb.equal(project.get("confidentiality"), Confidentiality.PUBLIC);
    }

    /** The projects of a query's rows ({@code project}) that a reader with this scope may read. */
    public static Predicate readable(
            ReadScope scope, CriteriaBuilder cb, Root<Project> project, AbstractQuery<?> query) {
        return ReadRule.readable(
                scope,
                new CriteriaFacts(
                        cb,
                        () -> isPublic(cb, project),
                        cb::conjunction,
                        institution -> project.get("id").in(ProjectRepository.participating(cb, query, institution))));
    }
}
