package org.hetao.registry.common;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV meant to be opened in a spreadsheet, as every CSV file the registry writes is: RFC 4180, a
 * byte-order mark first (so that Excel reads UTF-8), a header row, and every cell a spreadsheet would
 * run as a formula neutralised ({@link Formulas}). A null cell is empty.
 */
public final class SpreadsheetCsv implements Flushable {
    private final CSVPrinter csv;

    /** Starts the file on {@code out} with its header row. */
    public SpreadsheetCsv(Writer out, List<String> header) throws IOException {
        out.write('\uFEFF');
        this.csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(header);
    }

    /** Writes one row, each cell as text. */
    public void row(Iterable<?> cells) throws IOException {
        for (Object cell : cells) {
            csv.print(cell == null ? null : Formulas.neutralise(cell.toString()));
        }
        csv.println();
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }
}
