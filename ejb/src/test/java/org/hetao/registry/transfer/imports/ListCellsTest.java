package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hetao.registry.transfer.format.ListCells;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListCellsTest {
    private static RowReader reader(String column, String cell) {
        return new RowReader(new ImportRow(2, RecordKind.PROJECT, Map.of(column, cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fund; Phase 2", "A|B", "C:\\data\\", "ends with \\", "\\;", "\\\\", "plain", "ITS\\123"})
    void aFieldWithSeparatorsOrBackslashesReadsBackAsItWas(String field) {
        String cell = ListCells.escape(field) + "|ITSP|ITS/1/25|100.00|HKD; Second|||1.00|CNY";
        RowReader r = reader("funding", cell);
        List<String[]> entries = r.entries("funding", 5, 5, "funder|programme|award id|amount|currency");
        assertEquals(2, entries.size(), () -> cell + ": " + r.errors());
        assertEquals(field, entries.get(0)[0], cell);
        assertEquals("ITSP", entries.get(0)[1]);
        assertEquals("Second", entries.get(1)[0]);
    }

    @Test
    void aKeywordMayHoldASemicolon() {
        String cell = ListCells.escape("AI; robotics") + "; " + ListCells.escape("omics|genomics");
        assertEquals(
                List.of("AI; robotics", "omics|genomics"),
                reader("keywords", cell).list("keywords"));
    }

    @Test
    void aBackslashBeforeAnythingElseStandsForItselfAsSpreadsheetsWroteItBefore() {
        assertEquals(List.of("ITS\\123", "b"), reader("keywords", "ITS\\123; b").list("keywords"));
        assertEquals("ITS\\123", ListCells.escape("ITS\\123"), "nothing to escape");
    }
}
