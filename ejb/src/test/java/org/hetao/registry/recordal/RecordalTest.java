package org.hetao.registry.recordal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A recordal guards its own fields: a status with its date, dates in order, an assignment for a version. */
class RecordalTest {
    private static final LocalDate VERSION_DATE = LocalDate.of(2026, 3, 1);

    private static RecordalDetails details(
            RecordalType type, RecordalStatus status, LocalDate filed, LocalDate recorded, LocalDate refused) {
        return new RecordalDetails(RecordalOffice.CNIPA, type, null, status, filed, "CN-REC-1", recorded, refused);
    }

    @ParameterizedTest(name = "{0} filed {1} recorded {2} refused {3}: {4} {5}")
    @CsvSource(
            nullValues = "~",
            value = {
                "TO_DO, ~, ~, ~, ~, ~",
                "FILED, 2026-03-05, ~, ~, ~, ~",
                "RECORDED, 2026-03-05, 2026-04-01, ~, ~, ~",
                "RECORDED, ~, 2026-04-01, ~, ~, ~",
                "REFUSED, 2026-03-05, ~, 2026-04-01, ~, ~",
                "FILED, ~, ~, ~, filedDate, recordal.date-status",
                "RECORDED, 2026-03-05, ~, ~, recordedDate, recordal.date-status",
                "REFUSED, 2026-03-05, ~, ~, refusedDate, recordal.date-status",
                "FILED, 2026-03-05, 2026-04-01, ~, recordedDate, recordal.date-status",
                "TO_DO, 2026-03-05, ~, ~, filedDate, recordal.date-status",
                "RECORDED, 2026-03-05, 2026-03-04, ~, recordedDate, date.order",
                "REFUSED, 2026-03-05, ~, 2026-03-04, refusedDate, date.order",
            })
    void eachStatusComesWithItsDate(
            RecordalStatus status, LocalDate filed, LocalDate recorded, LocalDate refused, String field, String code) {
        RecordalDetails d = details(RecordalType.ASSIGNMENT, status, filed, recorded, refused);
        if (field == null) {
            Recordal r = new Recordal(RecordalSubject.OWNERSHIP_VERSION, 1, 2, VERSION_DATE, d);
            assertEquals(status, r.getStatus());
            assertEquals(VERSION_DATE, r.getEffectiveDate(), "the version's date when none is given");
        } else {
            var e = assertThrows(
                            InvalidValueException.class,
                            () -> new Recordal(RecordalSubject.OWNERSHIP_VERSION, 1, 2, VERSION_DATE, d))
                    .errors()
                    .get(0);
            assertEquals(field, e.field());
            assertEquals(code, e.code());
        }
    }

    @Test
    void anOwnershipVersionIsRecordedAsAnAssignmentAndALicenceOnItsAgreement() {
        RecordalDetails licence = details(RecordalType.EXCLUSIVE_LICENCE, RecordalStatus.TO_DO, null, null, null);
        var e = assertThrows(
                        InvalidValueException.class,
                        () -> new Recordal(RecordalSubject.OWNERSHIP_VERSION, 1, 2, VERSION_DATE, licence))
                .errors()
                .get(0);
        assertEquals("type", e.field());
        assertEquals("recordal.type-subject", e.code());
        Recordal onAgreement = new Recordal(RecordalSubject.AGREEMENT, 3, 2, VERSION_DATE, licence);
        assertEquals(RecordalType.EXCLUSIVE_LICENCE, onAgreement.getType());
    }

    @Test
    void anUnsignedAgreementNeedsTheEffectiveDateStated() {
        RecordalDetails d = details(RecordalType.NON_EXCLUSIVE_LICENCE, RecordalStatus.TO_DO, null, null, null);
        var e = assertThrows(InvalidValueException.class, () -> new Recordal(RecordalSubject.AGREEMENT, 3, 2, null, d))
                .errors();
        assertEquals(
                List.of("effectiveDate"),
                e.stream().map(InvalidValueException.FieldError::field).toList());
        RecordalDetails stated = new RecordalDetails(
                RecordalOffice.CNIPA,
                RecordalType.NON_EXCLUSIVE_LICENCE,
                LocalDate.of(2026, 3, 1),
                RecordalStatus.TO_DO,
                null,
                null,
                null,
                null);
        Recordal r = new Recordal(RecordalSubject.AGREEMENT, 3, 2, null, stated);
        // the cited example: effective 1 March, due by 1 June, late on 2 June
        assertEquals(List.of(), r.warnings(LocalDate.of(2026, 6, 1)));
        assertEquals(
                List.of(CnipaLicenceRecordalDeadline.CODE),
                r.warnings(LocalDate.of(2026, 6, 2)).stream()
                        .map(RecordalWarning::code)
                        .toList());
        assertEquals(
                LocalDate.of(2026, 6, 1),
                r.warnings(LocalDate.of(2026, 6, 2)).get(0).dueDate());
    }

    @Test
    void aFailedChangeLeavesTheRecordalAsItWas() {
        Recordal r = new Recordal(
                RecordalSubject.OWNERSHIP_VERSION,
                1,
                2,
                VERSION_DATE,
                details(RecordalType.ASSIGNMENT, RecordalStatus.TO_DO, null, null, null));
        RecordalDetails before = r.details();
        assertThrows(
                InvalidValueException.class,
                () -> r.describe(
                        details(RecordalType.ASSIGNMENT, RecordalStatus.RECORDED, null, null, null), VERSION_DATE));
        assertEquals(before, r.details());
    }
}
