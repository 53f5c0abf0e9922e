package org.hetao.registry.api.common;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.http.TextForm;
import org.hetao.registry.common.ChineseScript;
import org.hetao.registry.common.LocalizedText;

/**
 * A public summary as a client sends it: like a title, an object of {@code en}, {@code zhHant} and
 * {@code zhHans}; clients written for earlier versions may still send one string, which counts as the
 * text of the language its characters show ({@link ChineseScript}: English unless clearly Chinese).
 */
@JsonbTypeDeserializer(SummaryRequest.Reader.class)
@TextForm
@Schema(
        description =
                "A public summary in English, Traditional and Simplified Chinese, each optional (up to 4,000 characters). "
                        + "One string, as clients of earlier versions send it, is also accepted: it counts as the text of the language its "
                        + "characters show.")
public record SummaryRequest(String en, String zhHant, String zhHans) {
    private static final Set<String> LANGUAGES = Set.of("en", "zhHant", "zhHans");

    public LocalizedText toText() {
        return new LocalizedText(en, zhHant, zhHans);
    }

    /** The text of a request field that may be absent. */
    public static LocalizedText text(SummaryRequest s) {
        return s == null ? null : s.toText();
    }

    /** Reads the object form, or a single string of earlier versions. */
    public static class Reader implements JsonbDeserializer<SummaryRequest> {
        @Override
        public SummaryRequest deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString s) {
                LocalizedText t = ChineseScript.of(s.getString()).hold(s.getString());
                return new SummaryRequest(t.en(), t.zhHant(), t.zhHans());
            }
            if (value instanceof JsonObject o) {
                for (String key : o.keySet()) {
                    if (!LANGUAGES.contains(key)) {
                        throw new JsonbException(
                                "publicSummary has no property " + key + "; it holds en, zhHant and zhHans");
                    }
                }
                return new SummaryRequest(string(o, "en"), string(o, "zhHant"), string(o, "zhHans"));
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("publicSummary must be an object of en, zhHant and zhHans (or one string)");
        }

        private static String string(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new JsonbException("publicSummary." + key + " must be a string");
        }
    }
}
