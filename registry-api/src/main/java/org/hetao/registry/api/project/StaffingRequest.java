package org.hetao.registry.api.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.project.WhiteListStatus;

/** A person on a project's staff, as a client sends it. */
public record StaffingRequest(
        @NotNull Long personId,
        @NotNull StaffRole role,
        @NotNull @Min(1) @Max(100) Integer ftePercent,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull Park park,
        @Valid WhiteListRequest whiteList) {

    /** A cross-boundary white-list registration; APPROVED needs both dates. */
    public record WhiteListRequest(@NotNull WhiteListStatus status, LocalDate validFrom, LocalDate validUntil) {}

    public StaffingDetails toDetails() {
        WhiteListRequest w = whiteList;
        return new StaffingDetails(
                personId,
                role,
                ftePercent,
                startDate,
                endDate,
                park,
                w == null ? null : w.status(),
                w == null ? null : w.validFrom(),
                w == null ? null : w.validUntil());
    }
}
