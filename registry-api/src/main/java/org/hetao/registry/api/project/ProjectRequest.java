package org.hetao.registry.api.project;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.project.FundingDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;
import org.hetao.registry.project.StaffingDetails;

/**
 * A project as a client sends it. {@code staffing} lists the first staff of a new project; later
 * changes to the staff go through {@code /api/projects/{id}/staffing}.
 */
@Schema(name = "ProjectRequest")
public record ProjectRequest(
        @NotBlank @Size(max = 32) String code,
        @NotNull @Valid TextRequest title,

        @JsonbProperty("abstract") @Schema(name = "abstract")
        TextRequest abstractText,

        @Size(max = 30) List<String> keywords,
        @Size(max = 20) List<Sector> sectors,
        @NotNull Site site,
        @NotNull ProjectStatus status,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull Confidentiality confidentiality,
        @NotNull @Size(min = 1, max = 50) List<@Valid ParticipantRequest> participants,
        @Size(max = 50) List<@Valid FundingRequest> funding,
        @Size(max = 200) List<@Valid StaffingRequest> staffing) {

    /** An institution taking part, and its role. */
    public record ParticipantRequest(
            @NotNull Long institutionId, @NotNull ParticipantRole role) {}

    /** A funding line; the amount has at most 13 digits before and 2 after the decimal point. */
    public record FundingRequest(
            @NotBlank @Size(max = 200) String funder,
            @Size(max = 200) String programme,
            @Size(max = 100) String awardId,
            @NotNull @DecimalMin("0") BigDecimal amount,
            @NotBlank @Size(min = 3, max = 3) String currency) {}

    public ProjectDetails toDetails() {
        return new ProjectDetails(
                code,
                TextRequest.text(title),
                TextRequest.text(abstractText),
                keywords,
                sectors,
                site,
                status,
                startDate,
                endDate,
                confidentiality,
                participants == null
                        ? null
                        : participants.stream()
                                .map(p -> p == null ? null : new ParticipantDetails(p.institutionId(), p.role()))
                                .toList(),
                funding == null
                        ? null
                        : funding.stream()
                                .map(f -> f == null
                                        ? null
                                        : new FundingDetails(
                                                f.funder(), f.programme(), f.awardId(), f.amount(), f.currency()))
                                .toList());
    }

    /** The details of a replacement of an existing project, which names no staff. */
    public ProjectDetails toReplacement() {
        if (staffing != null) {
            throw new InvalidValueException(
                    "staffing",
                    ErrorCode.PROJECT_STAFFING_SEPARATE,
                    "is changed through /api/projects/{id}/staffing; leave it out of a project update");
        }
        return toDetails();
    }

    public List<StaffingDetails> toStaffing() {
        return staffing == null
                ? List.of()
                : staffing.stream().map(s -> s == null ? null : s.toDetails()).toList();
    }
}
