package org.hetao.registry.transfer.imports;

import java.util.Map;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;

/** The column of a file that a field named in a domain error ({@code participants[1].role}, {@code title.en}) comes from. */
final class ErrorColumns {
    private static final Map<String, String> SPECIAL = Map.of(
            "shares",
            "owners",
            "effectiveFrom",
            "ownership_from",
            "reason",
            "ownership_reason",
            "ownership",
            "owners",
            "recordedBy",
            "owners",
            "body",
            "staffing",
            "publicSummary",
            "public_summary_en");

    private ErrorColumns() {}

    static String column(RecordKind kind, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        int cut = field.indexOf('[');
        String head = cut >= 0 ? field.substring(0, cut) : field;
        if (SPECIAL.containsKey(head)) {
            return SPECIAL.get(head);
        }
        if (head.endsWith("Id") && !head.equals("rorId")) {
            head = head.substring(0, head.length() - 2);
        }
        String snake =
                head.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return Columns.find(kind, snake).map(Column::name).orElse(snake);
    }

    /** The reason, naming the field when it is finer than the column (an entry of a list cell). */
    static String message(RecordKind kind, String field, String message) {
        String column = column(kind, field);
        return field == null
                        || field.replace('.', '_').equalsIgnoreCase(column)
                        || column == null
                        || field.equals(column)
                        || !field.contains("[")
                ? message
                : field + " " + message;
    }
}
