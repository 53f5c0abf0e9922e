package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.api.Test;

class RowReaderTest {
    private static RowReader reader(String startDate) {
        return new RowReader(new ImportRow(2, RecordKind.PROJECT, Map.of("start_date", startDate), true));
    }

    @Test
    void importedDatesShareTheRegistrysRange() {
        RowReader far = reader("+999999999-12-31");
        assertNull(far.date("start_date"));
        assertEquals(1, far.errors().size());
        assertEquals("start_date", far.errors().get(0).column());
        assertTrue(
                far.errors().get(0).message().contains("1900-01-01 and 2200-12-31"),
                far.errors().toString());
        assertNull(reader("1899-12-31").date("start_date"));
        assertEquals(LocalDate.of(2200, 12, 31), reader("2200-12-31").date("start_date"));
        assertEquals(LocalDate.of(1900, 1, 1), reader("1900-01-01").date("start_date"));
    }
}
