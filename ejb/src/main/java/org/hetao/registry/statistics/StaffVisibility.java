package org.hetao.registry.statistics;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.project.Staffing;

/** Staff are counted only on projects the reader may read: the projects' own rule, as a subquery. */
final class StaffVisibility {
    private StaffVisibility() {}

    static Predicate visibleProject(
            CriteriaBuilder cb, CriteriaQuery<?> q, Join<Staffing, Project> p, ReadScope scope) {
        if (scope.everything()) {
            return cb.conjunction();
        }
        var sub = q.subquery(Long.class);
        Root<Project> visible = sub.from(Project.class);
        sub.select(visible.get("id")).where(ProjectRepository.visibleTo(scope).apply(cb, visible, sub));
        return p.get("id").in(sub);
    }
}
