package org.hetao.registry.transfer.imports;

/** What is wrong with a row: its number, its external reference (if it could be read), the column and the reason. Row 0 is the file as a whole. */
public record RowError(int row, String ref, String column, String message) {}
