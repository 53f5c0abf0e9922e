package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Searches built to be expensive, over HTTP: each is answered quickly with a 400 that says why, or
 * with results, or (when the server is busy) with a 503 and Retry-After; never with a 500, and
 * never after seconds of work.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAbuseIT {
    private static final String PASSWORD = "Lotus-Pond-2718";
    /** Well above one search's 2 s budget, well below the 8 s the unbounded wildcards took. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static Api admin;
    private static Api investor;

    @BeforeEach
    void accountsAndRecordsOnce() throws InterruptedException {
        if (admin != null) {
            return;
        }
        admin = new Api(base).asAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply institution = admin.post("api/institutions", """
                {"shortName":"AB%s","name":{"en":"Abuse test institution"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                """.formatted(suffix));
        assertEquals(201, institution.status(), institution::toString);
        for (String title : List.of("Rotary compressor", "Robotic arm controller", "Coral reef monitoring")) {
            Api.Reply project = admin.post("api/projects", """
                    {"code":"AB-%s","title":{"en":"%s %s"},"abstract":{"en":"Abstract."},"sectors":["ROBOTICS"],
                     "site":"BOTH","status":"ACTIVE","startDate":"2024-01-01","confidentiality":"PUBLIC",
                     "participants":[{"institutionId":%d,"role":"LEAD"}],"funding":[]}
                    """.formatted(
                            UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                            title,
                            suffix.toLowerCase(),
                            institution.id()));
            assertEquals(201, project.status(), project::toString);
        }
        String name = "investor-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                                        + "\",\"role\":\"INVESTOR\"}")
                        .status());
        investor = new Api(base).as(name, PASSWORD);
        await("the records are indexed")
                .atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> total(timed(investor, "rotary " + suffix.toLowerCase())
                                .json()),
                        n -> n > 0);
    }

    /** {@code ro*a*b*c*...*} ORed with {@code co*a*b*...}: nearly 500 characters, dozens of wildcards per term. */
    static String manyWildcards(String wildcard) {
        StringBuilder term = new StringBuilder("ro");
        for (char c = 'a'; term.length() < 236; c = c == 'z' ? 'a' : (char) (c + 1)) {
            term.append(wildcard).append(c);
        }
        term.append('*');
        return term + " OR " + term.toString().replaceFirst("ro", "co");
    }

    private static Api.Reply timed(Api api, String query) {
        long start = System.nanoTime();
        Api.Reply reply = api.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took + ": " + query);
        assertTrue(reply.status() < 500 || reply.status() == 503, () -> "a server error for " + query + ": " + reply);
        return reply;
    }

    private static long total(JsonObject result) {
        return result.getJsonObject("total").getJsonNumber("value").longValue();
    }

    private static void assertRefusedBecauseOfWildcards(Api.Reply reply) {
        assertProblem(reply, 400);
        assertTrue(reply.json().getString("detail").contains("wildcard"), reply::toString);
    }

    private static void assertAnsweredOrBusy(Api.Reply reply) {
        if (reply.status() == 503) {
            assertProblem(reply, 503);
            assertNotNull(reply.header("Retry-After"), reply::toString);
            return;
        }
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void manyWildcardsInATermAreRefusedQuicklyForEveryone() {
        String query = manyWildcards("*");
        assertTrue(query.length() > 470 && query.length() <= 500, query);
        for (Api api : List.of(investor, admin)) {
            assertRefusedBecauseOfWildcards(timed(api, query));
            assertRefusedBecauseOfWildcards(timed(api, "ro*a*b*c*"));
        }
    }

    @Test
    void aWildcardTooComplexToDeterminizeIsA400NotA500() {
        for (Api api : List.of(investor, admin)) {
            assertRefusedBecauseOfWildcards(timed(api, "ro*a?*b?*c?*d?*e?*f?*g?*h?*i?*j?*k?*l?*m?*"));
            assertRefusedBecauseOfWildcards(timed(api, manyWildcards("?*")));
        }
    }

    @Test
    void boundedWildcardsAreAnswered() {
        for (Api api : List.of(investor, admin)) {
            for (String query : List.of("rot*", "co?al", "rotary~", "ro* co*", "rob*t*")) {
                Api.Reply reply = timed(api, query);
                assertAnsweredOrBusy(reply);
                if (reply.status() == 200) {
                    assertTrue(total(reply.json()) > 0, query);
                }
            }
        }
    }

    @Test
    void hitsCarryNoScore() {
        for (Api api : List.of(investor, admin)) {
            JsonObject result = timed(api, "rotary").json();
            assertFalse(result.getJsonArray("hits").isEmpty());
            result.getJsonArray("hits")
                    .forEach(h -> assertFalse(h.asJsonObject().containsKey("score"), h::toString));
        }
    }

    @Test
    void eightAtOnceAreAllAnsweredWithinTheBound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long start = System.nanoTime();
            List<Future<Api.Reply>> pathological = new ArrayList<>();
            List<Future<Api.Reply>> expensive = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Api api = i % 2 == 0 ? investor : admin;
                pathological.add(pool.submit(() -> timed(api, manyWildcards("*"))));
                expensive.add(pool.submit(() -> timed(api, "ro* co* re* ba*")));
            }
            for (Future<Api.Reply> reply : pathological) {
                assertRefusedBecauseOfWildcards(reply.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS));
            }
            for (Future<Api.Reply> reply : expensive) {
                assertAnsweredOrBusy(reply.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(BOUND.multipliedBy(2)) < 0, "sixteen searches took " + took);
        } finally {
            pool.shutdownNow();
        }
    }
}
