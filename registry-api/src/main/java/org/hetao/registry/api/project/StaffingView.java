package org.hetao.registry.api.project;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.project.Staffing;
import org.hetao.registry.project.WhiteList;

/** A person on a project's staff, in a response. */
@Schema(name = "StaffingView")
public record StaffingView(
        long id,
        long version,
        long projectId,
        long personId,
        String role,
        int ftePercent,
        LocalDate startDate,
        LocalDate endDate,
        String park,
        WhiteListView whiteList) {

    /** A white-list registration in a response. */
    public record WhiteListView(String status, LocalDate validFrom, LocalDate validUntil) {}

    public static StaffingView of(Staffing s) {
        WhiteList w = s.getWhiteList();
        return new StaffingView(
                s.getId(),
                s.getVersion(),
                s.getProject().getId(),
                s.getPersonId(),
                s.getRole().name(),
                s.getFtePercent(),
                s.getStartDate(),
                s.getEndDate(),
                s.getPark().name(),
                w == null ? null : new WhiteListView(w.getStatus().name(), w.getValidFrom(), w.getValidUntil()));
    }
}
