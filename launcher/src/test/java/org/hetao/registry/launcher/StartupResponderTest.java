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
    void aBrowserAskingForThePageGetsAPageThatReloadsItself() {
        StartupResponder.Answer a = StartupResponder.answerFor("/", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(503, a.status());
        assertTrue(a.contentType().startsWith("text/html"), a.contentType());
        assertTrue(
                a.body().contains("http-equiv=\"refresh\"") && a.body().contains("The registry is starting"), a.body());
        // the API's clients still get the problem, whatever they accept
        assertEquals(
                "application/problem+json",
                StartupResponder.answerFor("/api/projects", "text/html").contentType());
        assertEquals(
                "application/problem+json",
                StartupResponder.answerFor("/", "application/json").contentType());
    }

    @Test
    void theProcessIsLiveButNotReady() {
        assertEquals(200, StartupResponder.answerFor("/health/live").status());
        assertEquals(503, StartupResponder.answerFor("/health/ready").status());
        assertEquals(503, StartupResponder.answerFor("/health").status());
        assertEquals(
                "application/json", StartupResponder.answerFor("/health/ready").contentType());
    }
}
