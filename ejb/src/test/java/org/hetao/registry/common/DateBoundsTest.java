package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateBoundsTest {
    @Test
    void theRangeIncludesBothEnds() {
        assertTrue(DateBounds.contains(LocalDate.of(1900, 1, 1)));
        assertTrue(DateBounds.contains(LocalDate.of(2200, 12, 31)));
        assertFalse(DateBounds.contains(LocalDate.of(1899, 12, 31)));
        assertFalse(DateBounds.contains(LocalDate.of(2201, 1, 1)));
        assertFalse(DateBounds.contains(LocalDate.MAX));
    }

    @Test
    void dateTimesAreJudgedByTheirDate() {
        assertTrue(DateBounds.contains(OffsetDateTime.of(2200, 12, 31, 23, 59, 0, 0, ZoneOffset.ofHours(8))));
        assertFalse(DateBounds.contains(OffsetDateTime.of(1899, 12, 31, 23, 59, 0, 0, ZoneOffset.UTC)));
        assertTrue(DateBounds.contains(Instant.parse("2200-12-31T23:59:59Z")));
        assertFalse(DateBounds.contains(Instant.parse("2201-01-01T00:00:00Z")));
        assertFalse(DateBounds.contains(Instant.parse("1899-12-31T23:59:59Z")));
    }

    @Test
    void requireNamesTheField() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> DateBounds.require("effectiveFrom", LocalDate.of(999_999_999, 12, 31)));
        assertEquals("effectiveFrom", e.errors().get(0).field());
        assertEquals(LocalDate.of(2026, 1, 1), DateBounds.require("effectiveFrom", LocalDate.of(2026, 1, 1)));
    }
}
