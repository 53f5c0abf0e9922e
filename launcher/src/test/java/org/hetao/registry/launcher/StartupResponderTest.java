package org.hetao.registry.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupResponderTest {
    @Test
    void everyPathIsA503ProblemWithTheCodeStarting() {
        for (String path : new String[] {"/", "/api/projects", "/index.html", "/openapi"}) {
            StartupResponder.Answer a = StartupResponder.answerFor(path);
            assertEquals(503, a.status(), path);
            assertEquals("application/problem+json", a.contentType(), path);
            assertTrue(a.body().contains("\"code\":\"starting\""), a.body());
        }
    }

    @Test
    void theProcessIsLiveButNotReady() {
        assertEquals(200, StartupResponder.answerFor("/health/live").status());
        assertEquals(503, StartupResponder.answerFor("/health/ready").status());
        assertEquals(503, StartupResponder.answerFor("/health").status());
        assertEquals("application/json", StartupResponder.answerFor("/health/ready").contentType());
    }
}
