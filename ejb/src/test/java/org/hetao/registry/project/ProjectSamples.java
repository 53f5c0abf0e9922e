package org.hetao.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/** Valid sample projects and staffing lines for tests; fictional. */
public final class ProjectSamples {
    private ProjectSamples() {}

    public static ProjectDetails project(String code, long lead, long partner) {
        return new ProjectDetails(
                code,
                new LocalizedText("Cross-boundary cohort for AI-assisted diagnosis", "跨境人工智慧輔助診斷隊列", "跨境人工智能辅助诊断队列"),
                new LocalizedText("A fictional joint study.", "一項虛構的聯合研究。", "一项虚构的联合研究。"),
                List.of("cohort study", "medical imaging"),
                List.of(Sector.LIFE_HEALTH, Sector.ARTIFICIAL_INTELLIGENCE),
                Site.BOTH,
                ProjectStatus.ACTIVE,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2027, 2, 28),
                Confidentiality.CONSORTIUM,
                List.of(
                        new ParticipantDetails(lead, ParticipantRole.LEAD),
                        new ParticipantDetails(partner, ParticipantRole.PARTNER)),
                List.of(
                        new FundingDetails(
                                "Innovation and Technology Commission",
                                "ITF Mainland–Hong Kong Joint Funding",
                                "MHP/001/25",
                                new BigDecimal("4500000.00"),
                                "HKD"),
                        new FundingDetails(
                                "Shenzhen Science and Technology Innovation Commission",
                                null,
                                null,
                                new BigDecimal("2000000.00"),
                                "CNY")));
    }

    public static ProjectDetails withParticipants(ProjectDetails d, ParticipantDetails... participants) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                d.confidentiality(),
                Arrays.asList(participants),
                d.funding());
    }

    public static ProjectDetails withDates(ProjectDetails d, LocalDate start, LocalDate end) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                start,
                end,
                d.confidentiality(),
                d.participants(),
                d.funding());
    }

    public static ProjectDetails withFunding(ProjectDetails d, FundingDetails... funding) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                d.confidentiality(),
                d.participants(),
                List.of(funding));
    }

    public static ProjectDetails withSectors(ProjectDetails d, Sector... sectors) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                Arrays.asList(sectors),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                d.confidentiality(),
                d.participants(),
                d.funding());
    }

    public static ProjectDetails withKeywords(ProjectDetails d, List<String> keywords) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                keywords,
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                d.confidentiality(),
                d.participants(),
                d.funding());
    }

    public static FundingDetails funding(String amount, String currency) {
        return new FundingDetails("Fictional Foundation", null, null, new BigDecimal(amount), currency);
    }

    public static ParticipantDetails lead(long institutionId) {
        return new ParticipantDetails(institutionId, ParticipantRole.LEAD);
    }

    public static ParticipantDetails partner(long institutionId) {
        return new ParticipantDetails(institutionId, ParticipantRole.PARTNER);
    }

    /** A post-doctoral researcher in the Shenzhen park, without a white-list registration. */
    public static StaffingDetails postdoc(long personId) {
        return new StaffingDetails(
                personId,
                StaffRole.POSTDOC,
                100,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28),
                Park.SHENZHEN_PARK,
                null,
                null,
                null);
    }

    /** An engineer working in the Hong Kong park with the white-list registration given. */
    public static StaffingDetails inHongKongPark(
            long personId, WhiteListStatus status, LocalDate from, LocalDate until) {
        return new StaffingDetails(
                personId, StaffRole.ENGINEER, 50, LocalDate.of(2025, 6, 1), null, Park.HK_PARK, status, from, until);
    }

    public static StaffingDetails withFte(StaffingDetails d, Integer fte) {
        return new StaffingDetails(
                d.personId(),
                d.role(),
                fte,
                d.startDate(),
                d.endDate(),
                d.park(),
                d.whiteListStatus(),
                d.whiteListFrom(),
                d.whiteListUntil());
    }

    public static StaffingDetails withDates(StaffingDetails d, LocalDate start, LocalDate end) {
        return new StaffingDetails(
                d.personId(),
                d.role(),
                d.ftePercent(),
                start,
                end,
                d.park(),
                d.whiteListStatus(),
                d.whiteListFrom(),
                d.whiteListUntil());
    }
}
