package org.hetao.registry.transfer.exports;

import java.util.List;
import java.util.Map;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * One exported record: its registry id (where the next slice starts), its cells by column in column
 * order and, in a backup, the lines that belong to it and follow it (an IP asset's ownership versions, oldest first).
 */
public record ExportRow(long id, Map<String, String> cells, List<Line> following) {
    public ExportRow(long id, Map<String, String> cells) {
        this(id, cells, List.of());
    }

    /** A line of a backup that follows the line of the record it belongs to. */
    public record Line(RecordKind kind, Map<String, String> cells) {}
}
