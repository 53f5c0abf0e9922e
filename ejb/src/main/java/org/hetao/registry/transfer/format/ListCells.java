package org.hetao.registry.transfer.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of a list cell: entries separated by {@code ;}, the fields of an entry by {@code |}.
 * A field that holds either character itself has a backslash before it ({@code \;}, {@code \|}), and
 * a backslash before one of the three is written twice ({@code \\}); any other backslash stands for itself.
 * So a funder, keyword or reference with {@code ;} or {@code |} in it survives an export and import.
 */
public final class ListCells {
    public static final char ENTRIES = ';';
    public static final char FIELDS = '|';
    private static final char ESCAPE = '\\';

    private ListCells() {}

    /** A field (or an entry without fields) as a list cell holds it. */
    public static String escape(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ENTRIES
                    || c == FIELDS
                    || (c == ESCAPE && (i + 1 == field.length() || special(field.charAt(i + 1))))) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The parts of a cell or entry between the separators that have no backslash before them; escapes are kept. */
    public static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length() && special(text.charAt(i + 1))) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** A field as it was before {@link #escape}. */
    public static String unescape(String text) {
        if (text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length() && special(text.charAt(i + 1))) {
                c = text.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean special(char c) {
        return c == ENTRIES || c == FIELDS || c == ESCAPE;
    }
}
