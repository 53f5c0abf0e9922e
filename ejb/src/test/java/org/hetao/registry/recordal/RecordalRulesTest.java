package org.hetao.registry.recordal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal rules about recordals, as tables of cases (the cited examples among them). */
class RecordalRulesTest {
    private static String codes(
            RecordalOffice office,
            RecordalType type,
            LocalDate effective,
            RecordalStatus status,
            LocalDate filed,
            LocalDate today) {
        LocalDate recorded = status == RecordalStatus.RECORDED ? filed : null;
        LocalDate refused = status == RecordalStatus.REFUSED ? filed : null;
        List<RecordalWarning> w = RecordalRules.warnings(
                new RecordalFacts(office, type, effective, status, filed, recorded, refused), today);
        return w.isEmpty()
                ? "-"
                : String.join(" ", w.stream().map(RecordalWarning::code).toList());
    }

    /** CNIPA licence contracts: to be filed for recordal within 3 months of taking effect. */
    @ParameterizedTest(name = "licence effective {0}, {1} filed {2}, on {3}: {4}")
    @CsvSource(
            nullValues = "~",
            value = {
                // the cited example: a licence effective 1 March is due by 1 June, late after it
                "2026-03-01, TO_DO, ~, 2026-06-01, -",
                "2026-03-01, TO_DO, ~, 2026-06-02, recordal.cnipa-licence-late",
                "2026-03-01, FILED, 2026-06-01, 2026-09-01, -",
                "2026-03-01, FILED, 2026-06-02, 2026-09-01, recordal.cnipa-licence-late",
                "2026-03-01, RECORDED, 2026-07-15, 2026-09-01, -",
                "2026-03-01, REFUSED, 2026-05-10, 2026-09-01, recordal.cnipa-licence-late",
                "2026-03-01, REFUSED, 2026-05-10, 2026-05-20, -",
                // three months from 30 November end on the last day of February
                "2025-11-30, TO_DO, ~, 2026-02-28, -",
                "2025-11-30, TO_DO, ~, 2026-03-01, recordal.cnipa-licence-late",
            })
    void aCnipaLicenceIsRecordedWithinThreeMonths(
            LocalDate effective, RecordalStatus status, LocalDate filed, LocalDate today, String expected) {
        for (RecordalType licence : List.of(RecordalType.EXCLUSIVE_LICENCE, RecordalType.NON_EXCLUSIVE_LICENCE)) {
            assertEquals(expected, codes(RecordalOffice.CNIPA, licence, effective, status, filed, today));
        }
        assertEquals(
                "-",
                codes(RecordalOffice.USPTO, RecordalType.EXCLUSIVE_LICENCE, effective, status, filed, today),
                "no such rule at other offices");
    }

    @ParameterizedTest(name = "{0} effective 2026-03-01, {1} filed {2}, on {3}: {4}")
    @CsvSource(
            nullValues = "~",
            value = {
                // a CNIPA assignment takes effect only when registered: it warns until RECORDED
                "CNIPA, TO_DO, ~, 2026-02-28, -",
                "CNIPA, TO_DO, ~, 2026-03-01, recordal.cnipa-assignment-not-registered",
                "CNIPA, FILED, 2026-03-02, 2026-03-05, recordal.cnipa-assignment-not-registered",
                "CNIPA, REFUSED, 2026-03-02, 2026-04-05, recordal.cnipa-assignment-not-registered",
                "CNIPA, RECORDED, 2026-03-20, 2026-04-05, -",
                // Hong Kong: an unregistered transaction risks losing priority
                "HK_IPD, TO_DO, ~, 2026-03-01, recordal.hk-unregistered-priority",
                "HK_IPD, FILED, 2026-03-02, 2026-03-05, recordal.hk-unregistered-priority",
                "HK_IPD, RECORDED, 2026-03-20, 2026-04-05, -",
                "USPTO, TO_DO, ~, 2026-04-05, -",
            })
    void assignmentsWarnUntilRecorded(
            RecordalOffice office, RecordalStatus status, LocalDate filed, LocalDate today, String expected) {
        assertEquals(expected, codes(office, RecordalType.ASSIGNMENT, LocalDate.of(2026, 3, 1), status, filed, today));
    }

    @ParameterizedTest(name = "an unrecorded Hong Kong {0} warns of priority")
    @CsvSource({"EXCLUSIVE_LICENCE", "NON_EXCLUSIVE_LICENCE"})
    void hongKongLicencesWarnOfPriorityToo(RecordalType type) {
        assertEquals(
                "recordal.hk-unregistered-priority",
                codes(
                        RecordalOffice.HK_IPD,
                        type,
                        LocalDate.of(2026, 3, 1),
                        RecordalStatus.TO_DO,
                        null,
                        LocalDate.of(2026, 3, 2)));
    }

    /** Cap. 514 s.52: an earlier transaction not registered loses priority to a later registered one. */
    @ParameterizedTest(name = "earlier {0} registered {1}, later {2} registered {3}: later prevails {4}")
    @CsvSource(
            nullValues = "~",
            value = {
                // earlier never registered, later registered: the later prevails
                "2026-01-10, ~, 2026-02-01, 2026-03-01, true",
                // earlier registered before the later was: the earlier keeps priority
                "2026-01-10, 2026-02-15, 2026-02-01, 2026-03-01, false",
                // earlier registered only after the later was: too late, the later prevails
                "2026-01-10, 2026-03-05, 2026-02-01, 2026-03-01, true",
                // neither registered: the later gains nothing
                "2026-01-10, ~, 2026-02-01, ~, false",
                // earlier registered, later not: the earlier keeps priority
                "2026-01-10, 2026-01-20, 2026-02-01, ~, false",
            })
    void s52Priority(
            LocalDate earlierEffective,
            LocalDate earlierRegistered,
            LocalDate laterEffective,
            LocalDate laterRegistered,
            boolean laterPrevails) {
        assertEquals(
                laterPrevails,
                HongKongPriority.laterPrevails(
                        new HongKongPriority.Transaction(earlierEffective, earlierRegistered),
                        new HongKongPriority.Transaction(laterEffective, laterRegistered)));
    }

    @ParameterizedTest(name = "effective {0}: due {1}")
    @CsvSource({"2026-03-01, 2026-06-01", "2026-03-31, 2026-06-30", "2025-11-30, 2026-02-28", "2023-11-30, 2024-02-29"})
    void theLicenceDueDayIsThreeMonthsLater(LocalDate effective, LocalDate due) {
        assertEquals(due, CnipaLicenceRecordalDeadline.dueDate(effective));
    }
}
