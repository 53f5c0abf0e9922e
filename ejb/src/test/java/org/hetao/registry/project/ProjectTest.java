package org.hetao.registry.project;

import static org.hetao.registry.project.ProjectSamples.funding;
import static org.hetao.registry.project.ProjectSamples.lead;
import static org.hetao.registry.project.ProjectSamples.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {
    private static final ProjectDetails SAMPLE = ProjectSamples.project("HT-2025-0042", 1, 2);

    private static String failingField(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidValueException.class, e).errors().get(0).field();
    }

    @Test
    void keepsEveryFieldAndPutsTheLeadFirst() {
        Project p = new Project(ProjectSamples.withParticipants(
                SAMPLE, partner(7), lead(9), new ParticipantDetails(3L, ParticipantRole.FUNDER)));
        assertEquals("HT-2025-0042", p.getCode());
        assertEquals(9, p.getLeadInstitutionId());
        assertEquals(
                List.of(9L, 7L, 3L),
                p.getParticipants().stream().map(Participant::getInstitutionId).toList());
        assertEquals("跨境人工智能辅助诊断队列", p.getTitle().in("zh-Hans-CN"));
        assertEquals(List.of(Sector.LIFE_HEALTH, Sector.ARTIFICIAL_INTELLIGENCE), p.getSectors());
        assertEquals(2, p.getFunding().size());
    }

    @Test
    void needsExactlyOneLead() {
        assertEquals(
                "participants",
                failingField(() -> new Project(ProjectSamples.withParticipants(SAMPLE, partner(1), partner(2)))));
        assertEquals("participants", failingField(() -> new Project(ProjectSamples.withParticipants(SAMPLE))));
        assertEquals(
                "participants[2].role",
                failingField(() -> new Project(ProjectSamples.withParticipants(SAMPLE, lead(1), partner(2), lead(3)))));
    }

    @Test
    void listsEachInstitutionOnce() {
        assertEquals(
                "participants[1].institutionId",
                failingField(() -> new Project(ProjectSamples.withParticipants(SAMPLE, lead(1), partner(1)))));
        assertEquals(
                "participants[1].role",
                failingField(() -> new Project(
                        ProjectSamples.withParticipants(SAMPLE, lead(1), new ParticipantDetails(2L, null)))));
        assertEquals(
                "participants[0]",
                failingField(() -> new Project(ProjectSamples.withParticipants(SAMPLE, (ParticipantDetails) null))));
    }

    @Test
    void endsNoEarlierThanItStarts() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        assertEquals(
                "endDate",
                failingField(() -> new Project(ProjectSamples.withDates(SAMPLE, start, start.minusDays(1)))));
        assertEquals("startDate", failingField(() -> new Project(ProjectSamples.withDates(SAMPLE, null, start))));
        new Project(ProjectSamples.withDates(SAMPLE, start, start));
        new Project(ProjectSamples.withDates(SAMPLE, start, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "42-HT", "HT--1", "HT-", "HT 2025", "HT_2025", "HT-2025-0042-ABCDEFGHIJKLMNOPQRSTU", "ÄT-1"})
    void rejectsMalformedCodes(String code) {
        assertEquals("code", failingField(() -> Project.normalizeCode(code)));
    }

    @Test
    void upperCasesTheCode() {
        assertEquals("HT-2025-0042", Project.normalizeCode(" ht-2025-0042 "));
    }

    @Test
    void checksCurrencyAndAmountOfEachFundingLine() {
        assertEquals(
                "funding[1].currency",
                failingField(() ->
                        new Project(ProjectSamples.withFunding(SAMPLE, funding("1", "HKD"), funding("1", "ABC")))));
        assertEquals(
                "funding[0].currency",
                failingField(() -> new Project(ProjectSamples.withFunding(SAMPLE, funding("1", "HK")))));
        assertEquals(
                "funding[0].amount",
                failingField(() -> new Project(ProjectSamples.withFunding(SAMPLE, funding("-0.01", "HKD")))));
        assertEquals(
                "funding[0].amount",
                failingField(() -> new Project(ProjectSamples.withFunding(SAMPLE, funding("1.005", "HKD")))));
        assertEquals(
                "funding[0].amount",
                failingField(() -> new Project(ProjectSamples.withFunding(SAMPLE, funding("12345678901234", "HKD")))));
        assertEquals(
                "funding[0].funder",
                failingField(() -> new Project(ProjectSamples.withFunding(
                        SAMPLE, new FundingDetails(" ", null, null, java.math.BigDecimal.ONE, "HKD")))));
        Project p = new Project(
                ProjectSamples.withFunding(SAMPLE, funding("9999999999999.99", "usd"), funding("1.500", "EUR")));
        assertEquals("USD", p.getFunding().get(0).getCurrency());
        assertEquals(new java.math.BigDecimal("1.50"), p.getFunding().get(1).getAmount());
    }

    @Test
    void limitsKeywords() {
        assertEquals(
                "keywords",
                failingField(() -> new Project(ProjectSamples.withKeywords(SAMPLE, Collections.nCopies(31, "k")))));
        assertEquals(
                "keywords[1]",
                failingField(() -> new Project(ProjectSamples.withKeywords(SAMPLE, List.of("ok", "k".repeat(101))))));
        assertEquals("keywords[0]", failingField(() -> new Project(ProjectSamples.withKeywords(SAMPLE, List.of(" ")))));
        assertEquals(
                List.of("a", "b"),
                new Project(ProjectSamples.withKeywords(SAMPLE, List.of("b", " a", "b"))).getKeywords());
    }

    @Test
    void aFailedChangeLeavesTheProjectAsItWas() {
        Project p = new Project(SAMPLE);
        ProjectDetails before = p.details();
        ProjectDetails renamed = new ProjectDetails(
                "HT-NEW",
                SAMPLE.title(),
                SAMPLE.abstractText(),
                List.of("new"),
                List.of(Sector.ENERGY),
                Site.HK_PARK,
                ProjectStatus.COMPLETED,
                SAMPLE.startDate(),
                SAMPLE.endDate(),
                SAMPLE.confidentiality(),
                List.of(lead(5)),
                List.of(funding("1", "XYZ")));
        assertThrows(InvalidValueException.class, () -> p.describe(renamed));
        assertEquals(before, p.details());
    }

    @Test
    void everyFaultOfAProjectIsReportedAtOnce() {
        ProjectDetails bad = ProjectSamples.withDates(
                ProjectSamples.withParticipants(
                        new ProjectDetails(
                                "1bad",
                                SAMPLE.title(),
                                SAMPLE.abstractText(),
                                SAMPLE.keywords(),
                                SAMPLE.sectors(),
                                null,
                                SAMPLE.status(),
                                SAMPLE.startDate(),
                                SAMPLE.endDate(),
                                null,
                                SAMPLE.participants(),
                                SAMPLE.funding()),
                        partner(1),
                        partner(2)),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 1, 1));
        List<String> fields = assertThrows(InvalidValueException.class, () -> new Project(bad)).errors().stream()
                .map(InvalidValueException.FieldError::field)
                .toList();
        assertEquals(List.of("code", "site", "endDate", "confidentiality", "participants"), fields);
    }
}
