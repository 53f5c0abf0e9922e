package org.hetao.registry.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {
    private Problems() {}

    /** The status, the media type, a detail, and a documented stable code. */
    public static void assertProblem(Api.Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r);
        assertTrue(
                r.contentType() != null && r.contentType().startsWith("application/problem+json"),
                () -> "content type of " + r + ": " + r.contentType());
        assertEquals(status, r.json().getInt("status"));
        assertFalse(r.json().getString("detail", "").isBlank(), () -> "a problem needs a detail: " + r);
        String code = r.json().getString("code", null);
        assertTrue(code != null && ErrorCode.of(code).isPresent(), () -> "a problem needs a documented code: " + r);
    }

    public static void assertProblem(Api.Reply r, int status, String code) {
        assertProblem(r, status);
        assertEquals(code, r.json().getString("code"), () -> "code of " + r);
    }

    public static void assertFieldError(Api.Reply r, String field) {
        assertProblem(r, 400);
        assertTrue(r.json().containsKey("errors"), () -> "expected field errors in " + r);
        assertTrue(
                r.json().getJsonArray("errors").stream()
                        .anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
                () -> "expected an error on " + field + " in " + r);
        r.json().getJsonArray("errors").forEach(e -> {
            String code = e.asJsonObject().getString("code", null);
            assertTrue(
                    code != null && ErrorCode.of(code).isPresent(),
                    () -> "each field error needs a documented code: " + r);
        });
    }

    /** An error on {@code field} with {@code code} and at least the given params (numbers compared by value). */
    public static void assertFieldError(Api.Reply r, String field, String code, Map<String, ?> params) {
        assertFieldError(r, field);
        JsonObject error = r.json().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals(field))
                .findFirst()
                .orElseThrow();
        assertEquals(code, error.getString("code"), () -> "code of the error on " + field + " in " + r);
        JsonObject actual = error.getJsonObject("params");
        params.forEach((name, expected) -> {
            JsonValue v = actual.get(name);
            assertTrue(v != null, () -> "param " + name + " of the error on " + field + " in " + r);
            Object value = v instanceof JsonNumber n
                    ? (Object) n.longValue()
                    : v instanceof JsonString s ? s.getString() : v.toString();
            Object want = expected instanceof Number n ? (Object) n.longValue() : expected;
            assertEquals(want, value, () -> "param " + name + " of the error on " + field + " in " + r);
        });
    }

    public static void assertFieldError(Api.Reply r, String field, String code) {
        assertFieldError(r, field, code, Map.of());
    }
}
