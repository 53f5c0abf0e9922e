package org.hetao.registry.transfer.imports;

import java.util.Map;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * One record of an upload: its row number as a spreadsheet shows it (the header is row 1; in JSON
 * Lines, the line number), its kind and its cells by column. Blank cells read as absent.
 * {@code lineBreaksAllowed}: whether any cell may hold a line break (JSON Lines, where one is written
 * as {@code \n} and never comes from a misplaced quote), or only the multi-line columns (CSV).
 */
public record ImportRow(int row, RecordKind kind, Map<String, String> cells, boolean lineBreaksAllowed) {
    public static final String REF = "ref";

    /** A row of a CSV file. */
    public ImportRow(int row, RecordKind kind, Map<String, String> cells) {
        this(row, kind, cells, false);
    }

    /** The cell's text without surrounding blanks, or null when blank or absent. */
    public String cell(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The row's reference: its own, or for an ownership line, which has none of its own, that of its asset. */
    public String ref() {
        return cell(kind == RecordKind.OWNERSHIP ? "ip_asset" : REF);
    }
}
