package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingStatus;
import org.junit.jupiter.api.Test;

class FilingTest {

    @Test
    void statesEveryRecordedJurisdictionAndStatus() {
        LocalDate filed = LocalDate.of(2026, 3, 2);
        for (org.hetao.registry.ipasset.FilingJurisdiction jurisdiction :
                org.hetao.registry.ipasset.FilingJurisdiction.values()) {
            for (FilingStatus status : FilingStatus.values()) {
                Filing stated = Filing.of(new FilingDetails(
                        jurisdiction, "2026" + jurisdiction.ordinal() + "0001", "G-1", filed, null, status));
                assertEquals(FilingJurisdiction.valueOf(jurisdiction.name()), stated.jurisdiction());
                assertEquals("2026" + jurisdiction.ordinal() + "0001", stated.applicationNumber());
                assertEquals(filed, stated.filingDate());
                assertEquals(status.name().toLowerCase(java.util.Locale.ROOT), stated.status());
            }
        }
    }

    @Test
    void aPlannedFilingHasNoNumberOrDateYet() {
        Filing planned = Filing.of(new FilingDetails(
                org.hetao.registry.ipasset.FilingJurisdiction.HK, null, null, null, null, FilingStatus.PLANNED));
        assertEquals(FilingJurisdiction.HK, planned.jurisdiction());
        assertEquals(null, planned.applicationNumber());
        assertEquals(null, planned.filingDate());
        assertEquals("planned", planned.status());
    }
}
