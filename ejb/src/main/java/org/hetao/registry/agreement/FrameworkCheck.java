package org.hetao.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.InvalidValueException.FieldError;
import org.hetao.registry.common.LocalizedText;

/**
 * Checks that a new framework version can render every agreement the registry can make: it has
 * every heading, clause, label and warning text of the baseline version, and each text, in each
 * script, uses exactly the placeholders of the baseline's text (the renderer fills those and no
 * others). New texts may be added; none may be left out.
 */
public final class FrameworkCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final int MAX_ERRORS = 20;

    private FrameworkCheck() {}

    /** Fails with the missing or mismatched texts, by their path in the JSON document (e.g. {@code clauses.term}). */
    public static void check(Framework candidate, Framework baseline) {
        List<FieldError> errors = new ArrayList<>();
        compare(errors, "title", candidate.title(), baseline.title());
        compare(errors, "templateNotice", candidate.templateNotice(), baseline.templateNotice());
        int v = baseline.version();
        group(errors, "headings", candidate.headings(), baseline.headings(), v);
        group(errors, "clauses", candidate.clauses(), baseline.clauses(), v);
        group(errors, "labels", candidate.labels(), baseline.labels(), v);
        group(errors, "warnings", candidate.warnings(), baseline.warnings(), v);
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
    }

    private static void group(
            List<FieldError> errors,
            String name,
            Map<String, LocalizedText> candidate,
            Map<String, LocalizedText> baseline,
            int baselineVersion) {
        for (String key : new TreeSet<>(baseline.keySet())) {
            LocalizedText text = candidate.get(key);
            if (text == null) {
                errors.add(new FieldError(
                        name + "." + key,
                        ErrorCode.FRAMEWORK_TEXT_MISSING,
                        "is missing: a new version needs every text of version " + baselineVersion,
                        Map.of("version", baselineVersion)));
            } else {
                compare(errors, name + "." + key, text, baseline.get(key));
            }
        }
    }

    private static void compare(
            List<FieldError> errors, String field, LocalizedText candidate, LocalizedText baseline) {
        same(errors, field + ".en", candidate.en(), baseline.en());
        same(errors, field + ".zh-Hant", candidate.zhHant(), baseline.zhHant());
        same(errors, field + ".zh-Hans", candidate.zhHans(), baseline.zhHans());
    }

    private static void same(List<FieldError> errors, String field, String candidate, String baseline) {
        Set<String> expected = placeholders(baseline);
        Set<String> actual = placeholders(candidate);
        if (!expected.equals(actual)) {
            errors.add(new FieldError(
                    field,
                    ErrorCode.FRAMEWORK_PLACEHOLDERS,
                    "must use the placeholders " + expected + ", not " + actual,
                    Map.of("expected", String.valueOf(expected), "actual", String.valueOf(actual))));
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
