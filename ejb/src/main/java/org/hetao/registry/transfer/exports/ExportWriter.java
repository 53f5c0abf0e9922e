package org.hetao.registry.transfer.exports;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.SpreadsheetCsv;
import org.hetao.registry.transfer.format.Columns;

/**
 * Writes exported rows one by one as they come: CSV with Apache Commons CSV (UTF-8 with a byte order
 * mark, as spreadsheets expect, and every cell a spreadsheet would run as a formula neutralised), a
 * JSON array, or JSON Lines. Nothing is held back but the current row.
 */
public final class ExportWriter implements AutoCloseable {
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ExportFormat format;
    private final Writer out;
    private final SpreadsheetCsv csv;
    private boolean first = true;

    public ExportWriter(OutputStream stream, ExportFormat format, List<String> header) throws IOException {
        this.format = format;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        if (format == ExportFormat.CSV) {
            csv = new SpreadsheetCsv(out, header);
        } else {
            csv = null;
            if (format == ExportFormat.JSON) {
                out.write('[');
            }
        }
    }

    /** Writes a row; {@code record} names its kind in a backup (JSON Lines), else null. */
    public void write(Map<String, String> cells, String record) throws IOException {
        if (format == ExportFormat.CSV) {
            csv.row(cells.values());
            return;
        }
        JsonObjectBuilder o = JSON.createObjectBuilder();
        if (record != null) {
            o.add(Columns.RECORD, record);
        }
        cells.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                o.add(k, v);
            }
        });
        if (format == ExportFormat.JSON && !first) {
            out.write(',');
        }
        out.write(o.build().toString());
        if (format == ExportFormat.JSONL) {
            out.write('\n');
        }
        first = false;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (format == ExportFormat.JSON) {
            out.write(']');
        }
        out.flush();
    }
}
