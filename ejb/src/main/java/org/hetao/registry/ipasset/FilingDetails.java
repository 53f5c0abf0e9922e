package org.hetao.registry.ipasset;

import java.time.LocalDate;

/** A filing as a client states it. */
public record FilingDetails(
        FilingJurisdiction jurisdiction,
        String applicationNumber,
        String grantNumber,
        LocalDate filingDate,
        LocalDate grantDate,
        FilingStatus status,
        FilingDocket docket) {

    public FilingDetails {
        docket = docket == null ? FilingDocket.NONE : docket;
    }

    /** A filing with no docket data (publication, priorities, PCT or Hong Kong particulars). */
    public FilingDetails(
            FilingJurisdiction jurisdiction,
            String applicationNumber,
            String grantNumber,
            LocalDate filingDate,
            LocalDate grantDate,
            FilingStatus status) {
        this(jurisdiction, applicationNumber, grantNumber, filingDate, grantDate, status, FilingDocket.NONE);
    }
}
