package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The quick start's uber-jar, started as its own process on an empty data directory: it creates
 * the schema and the admin account, keeps every acknowledged write through a SIGTERM, and comes
 * back with the same data and the same admin password. The writes made just before the SIGTERM are
 * searchable as soon as it answers again, and the restart indexed only what the outbox named: it did
 * not compare the whole index with the database, nor rebuild it.
 */
class RestartIT {
    @Test
    void acknowledgedWritesSurviveSigtermAndRestart() throws Exception {
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("restart-data-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        List<Long> ids = new ArrayList<>();
        try (RegistryProcess first = RegistryProcess.start(dataDir, Map.of())) {
            Api admin = first.api().asAdmin();
            for (int i = 0; i < 25; i++) {
                Api.Reply r = admin.post("api/institutions", """
                        {"shortName":"R%d","name":{"en":"Restart test %d","zhHant":"重啟測試","zhHans":"重启测试"},
                         "kind":"ENTERPRISE","jurisdiction":"OVERSEAS","country":"GB"}""".formatted(i, i));
                assertEquals(201, r.status(), r::toString);
                ids.add(r.id());
            }
            // SIGTERM straight after the last acknowledged write
            first.terminate();
        }
        assertTrue(Files.exists(dataDir.resolve("db")), "the H2 database lives under REGISTRY_DATA_DIR");

        try (RegistryProcess second =
                RegistryProcess.start(dataDir, Map.of("REGISTRY_ADMIN_PASSWORD", "ignored-once-admin-exists-7"))) {
            Api admin = second.api().asAdmin();
            // at once, with no waiting: the outbox's rows were indexed before the registry answered
            Api.Reply found = admin.get("api/search?q=%22Restart%20test%22&type=institution&size=100");
            assertEquals(200, found.status(), found::toString);
            assertEquals(
                    25,
                    found.json().getJsonObject("total").getInt("value"),
                    () -> "searchable as soon as the registry answers: " + found);
            String log = Files.readString(second.log(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(
                    log.contains("The search index was closed cleanly by this registry"), () -> "see " + second.log());
            assertFalse(
                    log.contains("The search index matches the database")
                            || log.contains("Rebuilding the search index"),
                    () -> "a clean restart neither compares nor rebuilds the index; see " + second.log());
            for (int i = 0; i < ids.size(); i++) {
                Api.Reply r = admin.get("api/institutions/" + ids.get(i));
                assertEquals(200, r.status(), r::toString);
                assertEquals("R" + i, r.json().getString("shortName"));
                assertEquals("重啟測試", r.json().getJsonObject("name").getString("zhHant"));
            }
            assertEquals(
                    25,
                    admin.get("api/institutions?q=Restart%20test&size=100")
                            .json()
                            .getInt("total"));
        }
    }
}
