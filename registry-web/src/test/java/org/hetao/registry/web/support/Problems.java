package org.hetao.registry.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {
    private Problems() {
    }

    public static void assertProblem(Api.Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r);
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), () -> "content type of " + r + ": " + r.contentType());
        assertEquals(status, r.json().getInt("status"));
        assertFalse(r.json().getString("detail", "").isBlank(), () -> "a problem needs a detail: " + r);
    }

    public static void assertFieldError(Api.Reply r, String field) {
        assertProblem(r, 400);
        assertTrue(r.json().containsKey("errors"), () -> "expected field errors in " + r);
        assertTrue(r.json().getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals(field)), () -> "expected an error on " + field + " in " + r);
    }
}
