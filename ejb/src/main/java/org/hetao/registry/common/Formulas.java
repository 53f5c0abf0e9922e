package org.hetao.registry.common;

/**
 * Spreadsheet formula injection: a cell that starts with {@code = + - @}, a tab or a carriage
 * return is run as a formula by Excel, LibreOffice and Google Sheets ({@code =HYPERLINK(...)}).
 * Exported CSV cells that start so are prefixed with an apostrophe, which spreadsheets show as
 * text; an import takes that apostrophe off again, so an export re-imports unchanged.
 */
public final class Formulas {
    private Formulas() {}

    public static boolean risky(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as it is safe to write into a CSV file meant for spreadsheets. */
    public static String neutralise(String cell) {
        return needsPrefix(cell) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsPrefix(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    /** Risky, or already starting with apostrophes before something risky (so that such a cell, too, survives a round trip). */
    private static boolean needsPrefix(String cell) {
        int i = 0;
        while (cell != null && i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return cell != null && risky(cell.substring(i));
    }
}
