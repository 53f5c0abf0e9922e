package org.hetao.registry.recordal;

import java.time.LocalDate;

/**
 * A recordal as a client states it. {@code effectiveDate}: the day the transaction takes effect
 * (null: the ownership version's date, or the day the agreement was signed).
 */
public record RecordalDetails(
        RecordalOffice office,
        RecordalType type,
        LocalDate effectiveDate,
        RecordalStatus status,
        LocalDate filedDate,
        String reference,
        LocalDate recordedDate,
        LocalDate refusedDate) {}
