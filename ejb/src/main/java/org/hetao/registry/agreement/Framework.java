package org.hetao.registry.agreement;

import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.LocalizedText;

/**
 * One published version of the unified IP framework: its clause texts and the headings, labels
 * and warnings that go with them, each in English, Traditional and Simplified Chinese. Texts may
 * hold placeholders such as {@code {noticeDays}} that are filled in from an agreement's options.
 */
public record Framework(
        int version,
        LocalDate published,
        LocalizedText title,
        LocalizedText templateNotice,
        Map<String, LocalizedText> headings,
        Map<String, LocalizedText> clauses,
        Map<String, LocalizedText> labels,
        Map<String, LocalizedText> warnings) {

    public Framework {
        headings = Map.copyOf(headings);
        clauses = Map.copyOf(clauses);
        labels = Map.copyOf(labels);
        warnings = Map.copyOf(warnings);
    }

    public LocalizedText heading(String key) {
        return find("heading", headings, key);
    }

    public LocalizedText clause(String key) {
        return find("clause", clauses, key);
    }

    public String clause(String key, Script script) {
        return script.pick(clause(key));
    }

    public LocalizedText label(String key) {
        return find("label", labels, key);
    }

    public LocalizedText warning(String key) {
        return find("warning text", warnings, key);
    }

    private LocalizedText find(String kind, Map<String, LocalizedText> texts, String key) {
        LocalizedText text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException(
                    "IP framework version " + version + " has no " + kind + " '" + key + "'");
        }
        return text;
    }
}
