package org.hetao.registry.ipasset;

import java.time.LocalDate;

/** A filing as a client states it. */
public record FilingDetails(
        FilingJurisdiction jurisdiction,
        String applicationNumber,
        String grantNumber,
        LocalDate filingDate,
        LocalDate grantDate,
        FilingStatus status) {}
