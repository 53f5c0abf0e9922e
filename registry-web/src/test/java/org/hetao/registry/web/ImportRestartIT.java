package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * An import killed while it writes leaves nothing half-imported: after the restart its job is
 * FAILED, none of its rows is in the registry, and running it again from the stored file imports all.
 */
class ImportRestartIT {
    private static final int ROWS = 20_000;

    @Test
    void anImportKilledWhileItWritesLeavesNothingAndCanBeRunAgain() throws Exception {
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("import-restart-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        long job;
        try (RegistryProcess first = RegistryProcess.start(dataDir, Map.of())) {
            Api admin = first.api().asAdmin();
            assertEquals(201, admin.post("api/institutions", """
                    {"shortName":"KILL","name":{"en":"Kill test"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}""").status());
            StringBuilder file =
                    new StringBuilder("ref,code,title_en,site,status,start_date,confidentiality,participants\n");
            for (int i = 1; i <= ROWS; i++) {
                file.append("K-")
                        .append(i)
                        .append(",KILL-")
                        .append(i)
                        .append(",Project ")
                        .append(i)
                        .append(",HK_PARK,ACTIVE,2025-01-01,PUBLIC,KILL|LEAD\n");
            }
            Api.Reply r = admin.send(
                    "POST", "api/imports?kind=projects", file.toString(), Map.of("Content-Type", "text/csv"));
            assertEquals(202, r.status(), r::toString);
            job = r.id();
            JsonObject j = awaitState(admin, job, Set.of("IMPORTING", "SUCCEEDED", "FAILED", "REJECTED"));
            assertEquals("IMPORTING", j.getString("state"), () -> "the import should still be writing: " + j);
            first.kill();
        }
        try (RegistryProcess second = RegistryProcess.start(dataDir, Map.of())) {
            Api admin = second.api().asAdmin();
            JsonObject j = admin.get("api/imports/" + job).json();
            assertEquals("FAILED", j.getString("state"), j::toString);
            assertTrue(j.getString("message").contains("nothing of it was written"), j::toString);
            assertEquals(0, admin.get("api/projects?q=KILL-&size=1").json().getInt("total"), "nothing half-imported");

            assertEquals(202, admin.post("api/imports/" + job + "/retry", "{}").status());
            JsonObject done = awaitState(admin, job, Set.of("SUCCEEDED", "FAILED", "REJECTED"));
            assertEquals("SUCCEEDED", done.getString("state"), done::toString);
            assertEquals(2, done.getInt("attempts"));
            assertEquals(ROWS, admin.get("api/projects?q=KILL-&size=1").json().getInt("total"));
        }
    }

    private static JsonObject awaitState(Api api, long job, Set<String> states) throws InterruptedException {
        return await("import job " + job + " reaches " + states)
                .atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("api/imports/" + job).json(), j -> states.contains(j.getString("state")));
    }
}
