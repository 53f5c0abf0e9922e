package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.demo.DemoAccounts;
import org.hetao.registry.demo.DemoDataSet;
import org.hetao.registry.demo.DemoGenerator;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The uber-jar started with {@code REGISTRY_DEMO=true} on an empty data directory loads the demo
 * data set and its accounts, in the background: meanwhile the web UI is served, the API answers 503
 * {@code demo-data-loading} with {@code Retry-After} and the readiness check says how far it is.
 * Started again on the same directory it loads nothing twice.
 */
class DemoDataIT {
    private static final Map<String, String> DEMO = Map.of("REGISTRY_DEMO", "true");

    @Test
    void loadsTheDemoDataSetOnceIntoAnEmptyRegistry() throws Exception {
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("demo-data-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        DemoDataSet expected = DemoGenerator.standard();

        try (RegistryProcess first = RegistryProcess.launch(dataDir, DEMO)) {
            assertServedWhileLoading(first);
            first.awaitReady(Duration.ofSeconds(600));
            assertTrue(log(first).contains("Loaded the fictional demo data set"), "see " + first.log());
            assertTrue(log(first).contains("Ready at http://localhost:" + first.port() + "/"), "see " + first.log());
            for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
                Api api = first.api().as(account.username(), account.password());
                JsonObject me = api.get("api/auth/me").json();
                assertEquals(account.role().name(), me.getString("role"), account.username());
                assertTotals(api, expected, account.role().name(), account.institution());
            }
            Api hku = first.api().as("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
            long hkuId =
                    hku.get("api/auth/me").json().getJsonNumber("institutionId").longValue();
            assertEquals("HKU", hku.get("api/institutions/" + hkuId).json().getString("shortName"));
            assertEquals(
                    expected.institutions().size(),
                    first.api().asAdmin().get("api/institutions?size=1").json().getInt("total"));
            first.terminate();
        }

        try (RegistryProcess second = RegistryProcess.start(dataDir, DEMO)) {
            String log = log(second);
            assertTrue(log.contains("the demo data set was not loaded"), "see " + second.log());
            assertFalse(log.contains("Loaded the fictional demo data set"), "see " + second.log());
            Api investor = second.api().as("demo-investor", "Loop-Investor-2026");
            assertTotals(investor, expected, "INVESTOR", null);
            assertEquals(
                    expected.institutions().size(),
                    second.api().asAdmin().get("api/institutions?size=1").json().getInt("total"));
            assertEquals(
                    DemoAccounts.ACCOUNTS.size() + 1,
                    second.api()
                            .as("demo-admin", "Lok-Ma-Chau-Admin-2026")
                            .get("api/accounts?size=1")
                            .json()
                            .getInt("total"));
        }
    }

    /**
     * Waits for the registry to answer while the demo data set loads (it takes seconds even on a quiet
     * machine) and checks what it answers then: the UI's page, the API's 503 and the progress.
     */
    /** The demo-data check of {@code /health/ready}; null while the port is closed or the launcher answers for Payara. */
    private static JsonObject demoDataCheck(HttpClient http, RegistryProcess registry) throws InterruptedException {
        try {
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(registry.base().resolve("health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("demo-data"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            return null; // not listening yet, or the launcher's own answer while Payara starts
        }
    }

    private static void assertServedWhileLoading(RegistryProcess registry) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonObject demo = await("the registry answers with its demo-data check; see " + registry.log())
                .atMost(Duration.ofSeconds(600))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .failFast("the registry exited; see " + registry.log(), () -> !registry.isAlive())
                .until(() -> demoDataCheck(http, registry), java.util.Objects::nonNull);
        assertTrue(demo != null, () -> "the registry answered with its demo-data check; see " + registry.log());
        if (!"loading".equals(demo.getJsonObject("data").getString("state"))) {
            return; // loaded before the first look: nothing to check while loading
        }
        assertEquals("DOWN", demo.getString("status"));
        assertEquals(
                DemoGenerator.standard().institutions().size()
                        + DemoGenerator.standard().people().size()
                        + DemoGenerator.standard().projects().size(),
                Integer.parseInt(demo.getJsonObject("data").getString("total")));
        Api.Reply api = registry.api().get("api/institutions");
        Api.Reply health = registry.api().get("health/ready");
        if (api.status() != 503 && health.status() == 200) {
            return; // the load ended between the two looks
        }
        assertEquals(503, api.status(), api::toString);
        assertEquals("application/problem+json", api.contentType(), api::toString);
        assertEquals("demo-data-loading", api.json().getString("code"), api::toString);
        assertTrue(api.header("Retry-After") != null, api::toString);
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(registry.base())
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the web UI is served while the demo data loads");
        assertTrue(page.body().contains("js/app.js"), page.body());
    }

    /** Each account sees what its role and institution may read (docs/security.md), counted from the data set itself. */
    private static void assertTotals(Api api, DemoDataSet expected, String role, String institutionShortName) {
        boolean everything = role.equals("ADMIN") || role.equals("LEGAL");
        boolean investor = role.equals("INVESTOR");
        long own = institutionShortName == null ? -1 : position(expected, institutionShortName);
        long projects = 0;
        long assets = 0;
        for (DemoDataSet.Project p : expected.projects()) {
            Set<Long> parties = p.details().participants().stream()
                    .map(x -> x.institutionId())
                    .collect(Collectors.toSet());
            boolean projectPublic = p.details().confidentiality() == Confidentiality.PUBLIC;
            boolean projectVisible = everything || projectPublic || (!investor && parties.contains(own));
            projects += projectVisible ? 1 : 0;
            for (DemoDataSet.Asset a : p.assets()) {
                Set<Long> assetParties = new HashSet<>(parties);
                a.ownership().forEach(o -> o.shares().forEach(sh -> assetParties.add(sh.institutionId())));
                boolean assetPublic = a.details().confidentiality() == Confidentiality.PUBLIC;
                boolean visible;
                if (everything) {
                    visible = true;
                } else if (investor) {
                    visible = projectPublic
                            && assetPublic
                            && a.details().licensing().isAvailable();
                } else {
                    visible = (projectPublic || assetParties.contains(own))
                            && (assetPublic || assetParties.contains(own));
                }
                assets += visible ? 1 : 0;
            }
        }
        assertEquals(projects, total(api, "api/projects?size=1"), role + " projects");
        assertEquals(assets, total(api, "api/ip-assets?size=1"), role + " IP assets");
        if (investor) {
            assertEquals(403, api.get("api/people?size=1").status(), "investors read no people");
        } else {
            assertEquals(expected.people().size(), total(api, "api/people?size=1"), role + " people");
        }
    }

    private static long position(DemoDataSet set, String shortName) {
        for (int i = 0; i < set.institutions().size(); i++) {
            if (set.institutions().get(i).shortName().equals(shortName)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(shortName);
    }

    private static int total(Api api, String path) {
        Api.Reply r = api.get(path);
        assertEquals(200, r.status(), r::toString);
        return r.json().getInt("total");
    }

    private static String log(RegistryProcess p) throws java.io.IOException {
        return new String(Files.readAllBytes(p.log()), StandardCharsets.ISO_8859_1);
    }
}
