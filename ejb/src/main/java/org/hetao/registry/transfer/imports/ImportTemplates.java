package org.hetao.registry.transfer.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.hetao.registry.common.SpreadsheetCsv;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;

/** The downloadable template of a record kind: its header row and one example row (UTF-8 with a byte order mark). */
public final class ImportTemplates {
    private ImportTemplates() {}

    public static String csv(RecordKind kind) {
        StringWriter out = new StringWriter();
        try {
            new SpreadsheetCsv(out, Columns.of(kind).stream().map(Column::name).toList())
                    .row(Columns.of(kind).stream().map(Column::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
