package org.hetao.registry.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hetao.registry.ipasset.DesignatedOffice;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingDocket;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.PriorityClaimDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of docket-rules-v1 on the examples of the law it cites, month ends and holidays included. */
class DeadlineRulesTest {
    private static final DeadlineCalculator CALC = new DeadlineCalculator(DocketRules.current());

    static Stream<Arguments> table() {
        return Stream.of(
                // rule, family, occurrence, expected due date, why
                Arguments.of(
                        "paris-priority",
                        List.of(cn("202610123456.1", "2026-03-15", FilingStatus.FILED)),
                        null,
                        "2027-03-15",
                        "Paris Art. 4C(1)-(2): 12 months from the first filing"),
                Arguments.of(
                        "paris-priority",
                        List.of(cn("202510123456.7", "2025-02-28", FilingStatus.FILED)),
                        null,
                        "2026-02-28",
                        "28 Feb + 12 months is 28 Feb, not the month's end"),
                Arguments.of(
                        "paris-priority",
                        List.of(
                                cn("202610123456.1", "2026-05-10", FilingStatus.FILED),
                                withPriorities(
                                        pct("PCT/CN2026/000001", "2026-09-01"),
                                        new PriorityClaimDetails("CN", "202610123456.1", LocalDate.parse("2026-05-10")),
                                        new PriorityClaimDetails("US", "63/123456", LocalDate.parse("2026-01-31")))),
                        null,
                        "2027-01-31",
                        "the family's earliest priority counts, whichever filing claims it"),
                Arguments.of(
                        "pct-national-phase",
                        List.of(withPriorities(
                                pct("PCT/CN2025/000010", "2025-09-30"),
                                new PriorityClaimDetails("CN", "202410123456.0", LocalDate.parse("2024-10-31")))),
                        "CN",
                        "2027-04-30",
                        "PCT Art. 22(1): 30 months from the priority date; 31 Oct + 30 months is 30 Apr"),
                Arguments.of(
                        "pct-national-phase",
                        List.of(withPriorities(
                                pct("PCT/CN2025/000010", "2025-09-30"),
                                new PriorityClaimDetails("CN", "202410123456.0", LocalDate.parse("2024-10-31")))),
                        "EP",
                        "2027-05-31",
                        "EPC Rule 159(1): 31 months"),
                Arguments.of(
                        "pct-national-phase",
                        List.of(pct("PCT/HK2026/000003", "2026-01-15")),
                        "US",
                        "2028-07-15",
                        "no priority claimed: the international filing date is the priority date (Art. 2(xi))"),
                Arguments.of(
                        "hk-r-record",
                        List.of(
                                published(cn("202410123456.0", "2024-03-01", FilingStatus.PUBLISHED), "2025-08-31"),
                                hkR("32025123456.7", "CN", "202410123456.0", null, FilingStatus.PLANNED)),
                        null,
                        "2026-02-28",
                        "Cap. 514 s.17(2): 6 months after publication; 31 Aug + 6 months is 28 Feb (2026 has no 29 Feb)"),
                Arguments.of(
                        "hk-r-record",
                        List.of(
                                published(cn("202310123456.0", "2023-03-01", FilingStatus.PUBLISHED), "2023-08-31"),
                                hkR("32023123456.7", "CN", "202310123456.0", null, FilingStatus.PLANNED)),
                        null,
                        "2024-02-29",
                        "31 Aug 2023 + 6 months is 29 Feb 2024, a Thursday"),
                Arguments.of(
                        "hk-r-record",
                        List.of(
                                published(cn("202510123457.0", "2025-01-10", FilingStatus.PUBLISHED), "2025-10-05"),
                                hkR("32026123457.7", "CN", "202510123457.0", null, FilingStatus.PLANNED)),
                        null,
                        "2026-04-08",
                        "5 Apr 2026 is a Sunday, 6 Apr (Easter Monday) and 7 Apr (day after Ching Ming) general holidays: 8 Apr"),
                Arguments.of(
                        "hk-r-register",
                        List.of(
                                granted(cn("202410123456.0", "2024-03-01", FilingStatus.GRANTED), "2026-06-30"),
                                published(
                                        hkR(
                                                "32025123456.7",
                                                "CN",
                                                "202410123456.0",
                                                "2025-06-01",
                                                FilingStatus.PUBLISHED),
                                        "2025-09-12")),
                        null,
                        "2026-12-30",
                        "Cap. 514 s.23(2): 6 months after the later of the designated grant (30 Jun 2026) and the record's publication"),
                Arguments.of(
                        "hk-r-register",
                        List.of(
                                granted(cn("202410123458.0", "2024-03-01", FilingStatus.GRANTED), "2025-05-02"),
                                published(
                                        hkR(
                                                "32025123458.7",
                                                "CN",
                                                "202410123458.0",
                                                "2025-06-01",
                                                FilingStatus.PUBLISHED),
                                        "2025-12-19")),
                        null,
                        "2026-06-20",
                        "the record published after the grant counts; Friday 19 Jun 2026 (Tuen Ng) is a general holiday, Saturday is not"),
                Arguments.of(
                        "hk-short-term-renewal",
                        List.of(hkShort("2090012345.6", "2022-02-28", null)),
                        null,
                        "2026-02-28",
                        "Cap. 514 s.126(2): the 4th year from filing ends on the anniversary; a Saturday does not move"),
                Arguments.of(
                        "hk-short-term-renewal",
                        List.of(hkShort("2090012346.6", "2020-02-29", null)),
                        null,
                        "2024-02-29",
                        "29 Feb + 4 years is 29 Feb"),
                Arguments.of(
                        "hk-short-term-renewal",
                        List.of(hkShort("2090012347.6", "2021-10-19", null)),
                        null,
                        "2025-10-20",
                        "19 Oct 2025 is a Sunday: the next day"),
                Arguments.of(
                        "hk-short-term-renewal",
                        List.of(hkShort("2090012348.6", "2021-01-04", "2025-09-30")),
                        null,
                        "2025-12-30",
                        "s.126(3): granted after the 4th year, 3 months from the grant"),
                Arguments.of(
                        "cn-annuity",
                        List.of(granted(cn("202010123456.7", "2020-08-31", FilingStatus.GRANTED), "2023-05-20")),
                        "year-4",
                        "2023-08-31",
                        "Patent Law Art. 43, Implementing Regulations: the next year's fee by the filing date's anniversary"),
                Arguments.of(
                        "cn-annuity",
                        List.of(granted(cn("202010123456.7", "2020-02-29", FilingStatus.GRANTED), "2021-05-20")),
                        "year-4",
                        "2023-02-28",
                        "an anniversary of 29 Feb falls on 28 Feb in a common year"));
    }

    @ParameterizedTest(name = "{0} {2}: {4}")
    @MethodSource("table")
    void ruleGivesTheCitedDate(String rule, List<FilingDetails> family, String occurrence, String due, String why) {
        Deadline d = CALC.deadlines(7, family).stream()
                .filter(x -> x.ruleId().equals(rule))
                .filter(x -> occurrence == null || occurrence.equals(x.occurrence()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " deadline for " + family));
        assertEquals(LocalDate.parse(due), d.dueDate(), why);
    }

    @Test
    void everyRuleOfTheVersionCitesItsSourceAndIsExercisedByTheTable() {
        List<String> tested = table().map(a -> (String) a.get()[0]).distinct().toList();
        for (DocketRule r : DocketRules.current().rules()) {
            assertFalse(r.source().isBlank(), r.id());
            assertTrue(tested.contains(r.id()), "no example for " + r.id());
        }
    }

    @Test
    void aSaturdayDeadlineInHongKongDoesNotMove() {
        Deadline d = CALC
                .deadlines(
                        7,
                        List.of(
                                published(cn("202510123456.0", "2025-01-10", FilingStatus.PUBLISHED), "2025-10-25"),
                                hkR("32026123456.7", "CN", "202510123456.0", null, FilingStatus.PLANNED)))
                .stream()
                .filter(x -> x.ruleId().equals("hk-r-record"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.parse("2026-04-25"), d.dueDate());
        assertFalse(d.rolledOver());
    }

    @Test
    void annualFeesRunToTheEndOfTheTermAndOnlyAfterTheGrant() {
        List<Deadline> fees = CALC
                .deadlines(1, List.of(granted(cn("202010123456.7", "2020-08-31", FilingStatus.GRANTED), "2023-05-20")))
                .stream()
                .filter(x -> x.ruleId().equals("cn-annuity"))
                .toList();
        assertEquals("year-4", fees.get(0).occurrence());
        assertEquals("year-20", fees.get(fees.size() - 1).occurrence());
        assertEquals(LocalDate.parse("2039-08-31"), fees.get(fees.size() - 1).dueDate());
        List<Deadline> utility = CALC
                .deadlines(1, List.of(granted(cn("202020123456.7", "2020-08-31", FilingStatus.GRANTED), "2021-01-20")))
                .stream()
                .filter(x -> x.ruleId().equals("cn-annuity"))
                .toList();
        assertEquals("year-10", utility.get(utility.size() - 1).occurrence(), "a utility model lasts 10 years");
    }

    @Test
    void nationalPhaseEnteredFromThePctIsMetByThatFiling() {
        FilingDetails pct = pct("PCT/CN2025/000010", "2025-09-30");
        FilingDetails ep = new FilingDetails(
                FilingJurisdiction.EP,
                "EP25000001.1",
                null,
                LocalDate.parse("2028-01-10"),
                null,
                FilingStatus.FILED,
                new FilingDocket(null, null, List.of(), "PCT/CN2025/000010", null, null, null));
        List<Deadline> all = CALC.deadlines(3, List.of(pct, ep));
        Deadline epEntry = all.stream()
                .filter(d -> "EP".equals(d.occurrence()))
                .findFirst()
                .orElseThrow();
        assertEquals("EP25000001.1", epEntry.metBy());
        assertNull(all.stream()
                .filter(d -> "CN".equals(d.occurrence()))
                .findFirst()
                .orElseThrow()
                .metBy());
    }

    @Test
    void withoutTheDatesARuleNeedsThereIsNoDeadline() {
        List<Deadline> none = CALC.deadlines(
                1,
                List.of(
                        cn("202410123456.0", "2024-03-01", FilingStatus.FILED),
                        hkR("32025123456.7", "CN", "202410123456.0", null, FilingStatus.PLANNED)));
        assertTrue(none.stream().noneMatch(d -> d.ruleId().startsWith("hk-r")), "no publication: no HK (R) deadline");
    }

    @Test
    void withdrawnFilingsHaveNoDeadlines() {
        assertTrue(CALC.deadlines(1, List.of(cn("202610123456.1", "2026-03-15", FilingStatus.WITHDRAWN)))
                .isEmpty());
    }

    @Test
    void keysAndCalendarIdsStayTheSameWhateverTheOrderOfTheFilings() {
        FilingDetails a = cn("202610123456.1", "2026-03-15", FilingStatus.FILED);
        FilingDetails b = pct("PCT/CN2027/000001", "2027-03-10");
        List<String> one =
                CALC.deadlines(5, List.of(a, b)).stream().map(Deadline::key).toList();
        List<String> other =
                CALC.deadlines(5, List.of(b, a)).stream().map(Deadline::key).toList();
        assertEquals(one, other);
        Deadline d = CALC.deadlines(5, List.of(a)).get(0);
        assertEquals("paris-priority/5/2026101234561", d.key());
        assertEquals(
                d.uid("registry.example"), CALC.deadlines(5, List.of(a)).get(0).uid("registry.example"));
    }

    @Test
    void aDeploymentMayChangeAnOfficesNationalPhaseMonths() {
        DeadlineCalculator cn32 =
                new DeadlineCalculator(DocketRules.current().withOfficeMonths(DocketRules.officeMonths("CN=32")));
        Deadline d = cn32.deadlines(1, List.of(pct("PCT/CN2025/000010", "2025-01-31"))).stream()
                .filter(x -> "CN".equals(x.occurrence()))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.parse("2027-09-30"), d.dueDate());
        assertEquals(Map.of(), DocketRules.officeMonths(" "));
        assertThrows(IllegalArgumentException.class, () -> DocketRules.officeMonths("CN:32"));
    }

    @Test
    void theKindOfAChineseApplicationComesFromItsNumber() {
        assertEquals("1", DeadlineCalculator.cnKind("CN202310123456.7").orElseThrow());
        assertEquals("2", DeadlineCalculator.cnKind("ZL 2023 2 0123456.X").orElseThrow());
        assertEquals("3", DeadlineCalculator.cnKind("99312345.6").orElseThrow());
        assertTrue(DeadlineCalculator.cnKind("ABC").isEmpty());
    }

    static FilingDetails cn(String number, String filed, FilingStatus status) {
        return new FilingDetails(FilingJurisdiction.CN, number, null, LocalDate.parse(filed), null, status);
    }

    static FilingDetails pct(String number, String filed) {
        return new FilingDetails(
                FilingJurisdiction.PCT, number, null, LocalDate.parse(filed), null, FilingStatus.FILED);
    }

    static FilingDetails withPriorities(FilingDetails f, PriorityClaimDetails... claims) {
        FilingDocket d = f.docket();
        return new FilingDetails(
                f.jurisdiction(),
                f.applicationNumber(),
                f.grantNumber(),
                f.filingDate(),
                f.grantDate(),
                f.status(),
                new FilingDocket(
                        d.publicationNumber(),
                        d.publicationDate(),
                        List.of(claims),
                        d.pctApplicationNumber(),
                        d.hkKind(),
                        d.designatedOffice(),
                        d.designatedApplicationNumber()));
    }

    static FilingDetails published(FilingDetails f, String date) {
        FilingDocket d = f.docket();
        return new FilingDetails(
                f.jurisdiction(),
                f.applicationNumber(),
                f.grantNumber(),
                f.filingDate(),
                f.grantDate(),
                f.status(),
                new FilingDocket(
                        "P-" + f.applicationNumber(),
                        LocalDate.parse(date),
                        d.priorities(),
                        d.pctApplicationNumber(),
                        d.hkKind(),
                        d.designatedOffice(),
                        d.designatedApplicationNumber()));
    }

    static FilingDetails granted(FilingDetails f, String date) {
        return new FilingDetails(
                f.jurisdiction(),
                f.applicationNumber(),
                "ZL" + f.applicationNumber(),
                f.filingDate(),
                LocalDate.parse(date),
                FilingStatus.GRANTED,
                f.docket());
    }

    static FilingDetails hkR(String number, String office, String designated, String filed, FilingStatus status) {
        return new FilingDetails(
                FilingJurisdiction.HK,
                number,
                null,
                filed == null ? null : LocalDate.parse(filed),
                null,
                status,
                new FilingDocket(
                        null,
                        null,
                        List.of(),
                        null,
                        HongKongPatentKind.STANDARD_R,
                        DesignatedOffice.valueOf(office),
                        designated));
    }

    static FilingDetails hkShort(String number, String filed, String granted) {
        return new FilingDetails(
                FilingJurisdiction.HK,
                number,
                granted == null ? null : "HK" + number,
                LocalDate.parse(filed),
                granted == null ? null : LocalDate.parse(granted),
                granted == null ? FilingStatus.FILED : FilingStatus.GRANTED,
                new FilingDocket(null, null, List.of(), null, HongKongPatentKind.SHORT_TERM, null, null));
    }
}
