package org.hetao.registry.project;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/** The descriptive fields of a project, as a client states them (staffing is kept apart). */
public record ProjectDetails(
        String code,
        LocalizedText title,
        LocalizedText abstractText,
        List<String> keywords,
        List<Sector> sectors,
        Site site,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        Confidentiality confidentiality,
        List<ParticipantDetails> participants,
        List<FundingDetails> funding) {}
