package org.hetao.registry.transfer.imports;

/** The file as a whole cannot be read (wrong encoding, a broken header, an unclosed quote, too many rows). */
public class ImportFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int row;
    private final String column;

    public ImportFileException(int row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    public RowError toError() {
        return new RowError(row, null, column, getMessage());
    }
}
