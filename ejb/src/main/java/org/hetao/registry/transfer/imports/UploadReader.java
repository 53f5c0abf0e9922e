package org.hetao.registry.transfer.imports;

import org.hetao.registry.transfer.format.Utf8Text;

/** Turns an uploaded file into rows: strict UTF-8 first, then CSV or JSON Lines. */
public final class UploadReader {
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 200_000;

    private UploadReader() {}

    public static ParsedUpload read(byte[] bytes, ImportFormat format, ImportKind kind) throws ImportFileException {
        return read(bytes, format, kind, MAX_ROWS);
    }

    static ParsedUpload read(byte[] bytes, ImportFormat format, ImportKind kind, int maxRows)
            throws ImportFileException {
        String text = Utf8Text.decode(bytes);
        return format == ImportFormat.CSV
                ? new ParsedUpload(null, CsvRows.read(text, kind, maxRows), false)
                : JsonLinesRows.read(text, kind, maxRows);
    }
}
