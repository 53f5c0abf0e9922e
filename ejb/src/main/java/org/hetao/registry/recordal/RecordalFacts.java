package org.hetao.registry.recordal;

import java.time.LocalDate;

/**
 * What the rules look at: the office, what is recorded, the day the transaction takes effect, and
 * the recordal's status with its dates (null when not reached).
 */
public record RecordalFacts(
        RecordalOffice office,
        RecordalType type,
        LocalDate effectiveDate,
        RecordalStatus status,
        LocalDate filedDate,
        LocalDate recordedDate,
        LocalDate refusedDate) {}
