package org.hetao.registry.transfer.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hetao.registry.common.DateBounds;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.ListCells;

/**
 * Reads the cells of one row into values, collecting one error per bad cell (a bad cell reads as
 * absent, so the other cells are still checked).
 */
final class RowReader {
    /** A cell that no column has: set by the file readers when the row itself is malformed. */
    static final String SHAPE = "\u0000row";

    private final ImportRow row;
    private final List<RowError> errors = new ArrayList<>();

    RowReader(ImportRow row) {
        this.row = row;
        String shape = row.cells().get(SHAPE);
        if (shape != null) {
            error(null, shape);
        }
        for (Column c : Columns.accepted(row.kind())) {
            String v = row.cells().get(c.name());
            if (!mayBreakLines(c.name()) && v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                error(
                        c.name(),
                        "holds a line break (a quoted cell that spans lines); only abstracts, the public texts (summary, problem, advantages, applications) and reasons may");
            }
        }
    }

    ImportRow row() {
        return row;
    }

    List<RowError> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void error(String column, String message) {
        errors.add(new RowError(row.row(), row.ref(), column, message));
    }

    /** The cell's text, or null when blank; a cell that should be one line and is not counts as absent. */
    String text(String column) {
        String v = row.cell(column);
        return v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) && !mayBreakLines(column) ? null : v;
    }

    private boolean mayBreakLines(String column) {
        return row.lineBreaksAllowed()
                || Columns.find(row.kind(), column).map(Column::multiline).orElse(false);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return enumValue(column, type, text(column));
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(
                    type,
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            error(column, "\"" + value.strip() + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    LocalDate date(String column) {
        return date(column, text(column));
    }

    LocalDate date(String column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!DateBounds.contains(date)) {
                error(column, "\"" + value.strip() + "\" " + DateBounds.rule());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(column, "\"" + value.strip() + "\" is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    Integer integer(String column) {
        return integer(column, text(column));
    }

    Integer integer(String column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            error(column, "\"" + value.strip() + "\" is not a whole number");
            return null;
        }
    }

    BigDecimal decimal(String column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            error(
                    column,
                    "\"" + value.strip()
                            + "\" is not a number (use . as the decimal point and no thousands separators)");
            return null;
        }
    }

    /** The entries of a list cell ({@code a; b; c}), see {@link ListCells}. */
    List<String> list(String column) {
        return rawEntries(column).stream().map(ListCells::unescape).toList();
    }

    /** The entries of a list cell with their escapes, so that they can still be split into fields. */
    private List<String> rawEntries(String column) {
        String v = text(column);
        if (v == null) {
            return List.of();
        }
        return ListCells.split(v, ListCells.ENTRIES).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The entries of a list cell, each split into its {@code |}-separated fields; an entry with
     * fewer than {@code min} or more than {@code max} fields is an error and left out.
     */
    List<String[]> entries(String column, int min, int max, String shape) {
        List<String[]> result = new ArrayList<>();
        List<String> entries = rawEntries(column);
        for (int i = 0; i < entries.size(); i++) {
            String[] fields = ListCells.split(entries.get(i), ListCells.FIELDS).stream()
                    .map(f -> ListCells.unescape(f).strip())
                    .toArray(String[]::new);
            if (fields.length < min || fields.length > max) {
                error(column, "entry " + (i + 1) + " \"" + entries.get(i) + "\" must have the form " + shape);
                continue;
            }
            result.add(fields);
        }
        return result;
    }

    static String field(String[] fields, int i) {
        return i < fields.length && !fields[i].isEmpty() ? fields[i] : null;
    }
}
