package org.hetao.registry.transfer.format;

/**
 * A column of an import or export file. {@code internal} columns are left out of what an investor
 * exports; only {@code multiline} columns may hold line breaks.
 */
public record Column(
        String name, boolean required, boolean internal, boolean multiline, String example, String description) {
    static Column required(String name, String example, String description) {
        return new Column(name, true, false, false, example, description);
    }

    static Column optional(String name, String example, String description) {
        return new Column(name, false, false, false, example, description);
    }

    static Column internal(String name, String example, String description) {
        return new Column(name, false, true, false, example, description);
    }

    Column withLineBreaks() {
        return new Column(name, required, internal, true, example, description);
    }
}
