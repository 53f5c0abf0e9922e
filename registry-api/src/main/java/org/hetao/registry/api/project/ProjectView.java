package org.hetao.registry.api.project;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.project.Funding;
import org.hetao.registry.project.Participant;
import org.hetao.registry.project.Project;

/** A project in a response, with its participants, keywords, funding and staff (the last three not for investors). */
@Schema(name = "ProjectView")
public record ProjectView(
        long id,
        long version,
        String code,
        TextView title,

        @JsonbProperty("abstract") @Schema(name = "abstract")
        TextView abstractText,

        List<String> keywords,
        List<String> sectors,
        String site,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        String confidentiality,
        List<ParticipantView> participants,
        List<FundingView> funding,
        List<StaffingView> staffing,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** An institution taking part, and its role. */
    public record ParticipantView(long institutionId, String role) {
        static List<ParticipantView> of(List<Participant> participants) {
            return participants.stream()
                    .map(p -> new ParticipantView(
                            p.getInstitutionId(), p.getRole().name()))
                    .toList();
        }
    }

    /** A funding line. */
    public record FundingView(String funder, String programme, String awardId, BigDecimal amount, String currency) {
        static FundingView of(Funding f) {
            return new FundingView(f.getFunder(), f.getProgramme(), f.getAwardId(), f.getAmount(), f.getCurrency());
        }
    }

    public static ProjectView of(Project p) {
        return of(p, true);
    }

    /** Without keywords, funding and staff unless {@code internal}: what an investor may see of a public project. */
    public static ProjectView of(Project p, boolean internal) {
        return new ProjectView(
                p.getId(),
                p.getVersion(),
                p.getCode(),
                TextView.of(p.getTitle()),
                optional(p.getAbstract()),
                internal ? p.getKeywords() : null,
                p.getSectors().stream().map(Enum::name).toList(),
                p.getSite().name(),
                p.getStatus().name(),
                p.getStartDate(),
                p.getEndDate(),
                p.getConfidentiality().name(),
                ParticipantView.of(p.getParticipants()),
                internal ? p.getFunding().stream().map(FundingView::of).toList() : null,
                internal ? p.getStaff().stream().map(StaffingView::of).toList() : null,
                p.getCreatedAt(),
                p.getUpdatedAt());
    }

    static TextView optional(LocalizedText t) {
        return t.en() == null && t.zhHant() == null && t.zhHans() == null ? null : TextView.of(t);
    }
}
