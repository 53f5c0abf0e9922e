package org.hetao.registry.agreement;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.common.LocalizedText;

/** Fills {@code {name}} placeholders of framework texts with values given in each script. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private Placeholders() {}

    static String fill(String text, Script script, Map<String, LocalizedText> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalizedText value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for placeholder {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(script.pick(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text filled in for all three scripts. */
    public static LocalizedText fill(LocalizedText text, Map<String, LocalizedText> values) {
        return new LocalizedText(
                fill(text.en(), Script.EN, values),
                fill(text.zhHant(), Script.ZH_HANT, values),
                fill(text.zhHans(), Script.ZH_HANS, values));
    }

    /** The same text (a number, a code) in every script. */
    public static LocalizedText same(Object value) {
        String s = String.valueOf(value);
        return new LocalizedText(s, s, s);
    }
}
