package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a running registry: requests get 503 problem+json with Retry-After and the
 * code database-unavailable within a bounded time (never a 500), readiness reports not ready, and
 * once the database is back the same process serves reads and writes again without a restart.
 */
class DatabaseOutageIT {
    private static final String PASSWORD = "Pg-Outage-2026";

    @Test
    void aDatabaseOutageIsA503AndTheRegistryRecoversByItself() throws Exception {
        Path pgData = Files.createTempDirectory("registry-pg-outage");
        Path dataDir = Files.createTempDirectory("registry-outage");
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .start();
        int port = pg.getPort();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE registry LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE registry OWNER registry");
        }
        Map<String, String> env = Map.of(
                "REGISTRY_DB_URL",
                "jdbc:postgresql://localhost:" + port + "/registry",
                "REGISTRY_DB_USER",
                "registry",
                "REGISTRY_DB_PASSWORD",
                PASSWORD);
        try (RegistryProcess registry = RegistryProcess.start(dataDir, env)) {
            Api admin = registry.api().asAdmin();
            assertEquals(
                    201, admin.post("api/institutions", institution("OUT1")).status());

            pg.close();
            for (int i = 0; i < 3; i++) {
                Instant start = Instant.now();
                Api.Reply read = admin.get("api/institutions");
                Api.Reply write = admin.post("api/institutions", institution("OUT2" + i));
                assertTrue(Duration.between(start, Instant.now()).toSeconds() < 30, "answered within a bounded time");
                for (Api.Reply r : new Api.Reply[] {read, write}) {
                    assertProblem(r, 503);
                    assertEquals("database-unavailable", r.json().getString("code"), r::toString);
                    assertTrue(r.header("Retry-After") != null, r::toString);
                }
            }
            assertEquals(503, status(registry.base().resolve("health/ready")), "not ready while the database is away");

            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            // each attempt that is refused (503) writes nothing: try again until the database is back
            Api.Reply after = await("writes work again without a restart")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.post("api/institutions", institution("OUT3")), r -> r.status() != 503);
            assertEquals(201, after.status(), "writes work again without a restart: " + after);
            long stored = admin.get("api/institutions?size=100").json().getJsonArray("items").stream()
                    .filter(i -> i.asJsonObject().getString("shortName").startsWith("OUT"))
                    .count();
            assertEquals(2, stored, "the write before the outage and the one after it; none of the refused ones");
            assertEquals(200, status(registry.base().resolve("health/ready")));
        } finally {
            pg.close();
        }
    }

    private static int status(URI uri) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String institution(String shortName) {
        return """
                {"shortName":"%s","name":{"en":"Outage test institute %s"},"kind":"RESEARCH_INSTITUTE","jurisdiction":"MACAO","country":"MO"}
                """.formatted(shortName, shortName);
    }
}
