package org.hetao.registry.api.project;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.project.Project;

/** A project in a list: what it is, where and when, and who takes part (GET the project for the rest). */
@Schema(name = "ProjectSummaryView")
public record ProjectSummaryView(
        long id,
        long version,
        String code,
        TextView title,
        List<String> sectors,
        String site,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        String confidentiality,
        List<ProjectView.ParticipantView> participants) {
    public static ProjectSummaryView of(Project p) {
        return new ProjectSummaryView(
                p.getId(),
                p.getVersion(),
                p.getCode(),
                TextView.of(p.getTitle()),
                p.getSectors().stream().map(Enum::name).toList(),
                p.getSite().name(),
                p.getStatus().name(),
                p.getStartDate(),
                p.getEndDate(),
                p.getConfidentiality().name(),
                ProjectView.ParticipantView.of(p.getParticipants()));
    }
}
