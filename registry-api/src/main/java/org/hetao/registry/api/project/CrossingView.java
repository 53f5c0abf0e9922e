package org.hetao.registry.api.project;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.project.Crossing;

/**
 * A member of staff of a mainland institution working in the Hong Kong park on the day asked for:
 * who, for which institution and project, the staffing line's dates, the white-list registration and
 * whether it lets them cross that day ({@code covered}).
 */
@Schema(name = "CrossingView")
public record CrossingView(
        long staffingId,
        long projectId,
        String projectCode,
        long personId,
        String nameEn,
        String nameZh,
        long institutionId,
        String institution,
        String role,
        LocalDate startDate,
        LocalDate endDate,
        StaffingView.WhiteListView whiteList,
        boolean covered) {
    public static CrossingView of(Crossing c) {
        return new CrossingView(
                c.staffingId(),
                c.projectId(),
                c.projectCode(),
                c.personId(),
                c.personNameEn(),
                c.personNameZh(),
                c.institutionId(),
                c.institution(),
                c.role().name(),
                c.startDate(),
                c.endDate(),
                c.whiteListStatus() == null
                        ? null
                        : new StaffingView.WhiteListView(c.whiteListStatus().name(), c.validFrom(), c.validUntil()),
                c.covered());
    }
}
