package org.hetao.registry.api.http;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Reads a request body as exactly one JSON value (RFC 8259), with the JSON-P parser: the body must be
 * UTF-8, an object must not name a key twice (RFC 8259 leaves the meaning open, so the registry refuses
 * rather than guess which one counts), nothing but white space may follow the value, and no string may
 * hold half of a surrogate pair (it is no character and cannot be stored). Faults that leave the
 * document readable (duplicate keys, unpaired surrogates) are all reported together; a syntax error
 * stops the reading.
 */
public final class StrictJsonParser {
    /** Far deeper than any request of the API; keeps a hostile body from exhausting the stack. */
    static final int MAX_DEPTH = 64;

    private static final String BODY = "body";

    private final List<FieldError> faults = new ArrayList<>();

    private StrictJsonParser() {}

    /** The body's JSON value, or null when the body is empty; an {@link UnreadableBodyException} otherwise. */
    public static JsonValue parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableBodyException(List.of(
                    new FieldError(BODY, ErrorCode.JSON_SYNTAX, "is not UTF-8 text: send JSON encoded as UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return null;
        }
        return new StrictJsonParser().read(text);
    }

    private JsonValue read(String text) {
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            try {
                value = value(parser, parser.next(), BODY, 0);
            } catch (JsonParsingException e) {
                throw new UnreadableBodyException(List.of(new FieldError(
                        BODY, ErrorCode.JSON_SYNTAX, "is not valid JSON: " + where(e.getLocation()), Map.of())));
            } catch (java.util.NoSuchElementException e) {
                throw new UnreadableBodyException(List.of(new FieldError(
                        BODY, ErrorCode.JSON_SYNTAX, "is not valid JSON: it ends before the value is complete")));
            }
            boolean more;
            JsonLocation at = parser.getLocation();
            try {
                more = parser.hasNext();
            } catch (JsonParsingException e) {
                more = true;
                at = e.getLocation();
            }
            if (more) {
                faults.add(new FieldError(
                        BODY,
                        ErrorCode.JSON_TRAILING_CONTENT,
                        "has content after the JSON value (" + where(at) + "): send exactly one JSON value"));
            }
        } catch (jakarta.json.JsonException e) {
            if (e instanceof JsonParsingException p) {
                throw new UnreadableBodyException(List.of(
                        new FieldError(BODY, ErrorCode.JSON_SYNTAX, "is not valid JSON: " + where(p.getLocation()))));
            }
            throw new UnreadableBodyException(
                    List.of(new FieldError(BODY, ErrorCode.JSON_SYNTAX, "is not valid JSON")));
        }
        if (!faults.isEmpty()) {
            throw new UnreadableBodyException(faults);
        }
        return value;
    }

    private JsonValue value(JsonParser p, JsonParser.Event event, String path, int depth) {
        switch (event) {
            case START_OBJECT -> {
                if (depth >= MAX_DEPTH) {
                    throw tooDeep(p);
                }
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
                    String key = p.getString();
                    String child = Paths.child(path, key);
                    boolean fresh = keys.add(key);
                    if (!fresh) {
                        faults.add(new FieldError(
                                child, ErrorCode.JSON_DUPLICATE_KEY, "is given more than once: name each field once"));
                    }
                    unpaired(key, child);
                    JsonValue v = value(p, p.next(), child, depth + 1);
                    if (fresh) {
                        object.add(key, v);
                    }
                }
                return object.build();
            }
            case START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    throw tooDeep(p);
                }
                JsonArrayBuilder array = Json.createArrayBuilder();
                int i = 0;
                for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
                    array.add(value(p, e, path + "[" + i + "]", depth + 1));
                    i++;
                }
                return array.build();
            }
            case VALUE_STRING -> {
                String s = p.getString();
                unpaired(s, path);
                return Json.createValue(s);
            }
            case VALUE_NUMBER -> {
                return Json.createValue(p.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default ->
                throw new UnreadableBodyException(List.of(
                        new FieldError(BODY, ErrorCode.JSON_SYNTAX, "is not valid JSON: " + where(p.getLocation()))));
        }
    }

    /** Records a string (a key or a value) that holds half of a surrogate pair. */
    private void unpaired(String s, String path) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                faults.add(new FieldError(
                        path,
                        ErrorCode.JSON_UNPAIRED_SURROGATE,
                        "holds an unpaired surrogate (\\u" + String.format("%04x", (int) c)
                                + "), which is not a character: send valid Unicode text"));
                return;
            }
        }
    }

    private static UnreadableBodyException tooDeep(JsonParser p) {
        return new UnreadableBodyException(List.of(new FieldError(
                BODY,
                ErrorCode.JSON_SYNTAX,
                "is nested more than " + MAX_DEPTH + " levels deep (" + where(p.getLocation()) + ")")));
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNumber() < 0) {
            return "unexpected content";
        }
        return "unexpected content at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    /** Field paths as the errors name them: {@code shares[1].shareBp}. */
    static final class Paths {
        private Paths() {}

        /** Keys longer than this are shortened in messages: they echo what a client sent. */
        private static final int MAX_KEY = 80;

        static String child(String path, String key) {
            String shown = key.length() > MAX_KEY ? key.substring(0, MAX_KEY) + "…" : key;
            return BODY.equals(path) ? shown : path + "." + shown;
        }
    }
}
