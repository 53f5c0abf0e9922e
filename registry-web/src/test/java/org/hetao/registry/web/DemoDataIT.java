package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.common.Confidentiality;
import java.util.Map;
import org.hetao.registry.demo.DemoAccounts;
import org.hetao.registry.demo.DemoDataSet;
import org.hetao.registry.demo.DemoGenerator;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The uber-jar started with {@code REGISTRY_DEMO=true} on an empty data directory loads the demo
 * data set and its accounts; started again on the same directory it loads nothing twice.
 */
class DemoDataIT {
    private static final Map<String, String> DEMO = Map.of("REGISTRY_DEMO", "true");

    @Test
    void loadsTheDemoDataSetOnceIntoAnEmptyRegistry() throws Exception {
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("demo-data-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dataDir);
        DemoDataSet expected = DemoGenerator.standard();

        try (RegistryProcess first = RegistryProcess.start(dataDir, DEMO)) {
            assertTrue(log(first).contains("Loaded the fictional demo data set"), "see " + first.log());
            for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
                Api api = first.api().as(account.username(), account.password());
                JsonObject me = api.get("api/auth/me").json();
                assertEquals(account.role().name(), me.getString("role"), account.username());
                assertTotals(api, expected, account.role().name(), account.institution());
            }
            Api hku = first.api().as("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
            long hkuId = hku.get("api/auth/me").json().getJsonNumber("institutionId").longValue();
            assertEquals("HKU", hku.get("api/institutions/" + hkuId).json().getString("shortName"));
            assertEquals(expected.institutions().size(), first.api().asAdmin().get("api/institutions?size=1").json().getInt("total"));
            first.terminate();
        }

        try (RegistryProcess second = RegistryProcess.start(dataDir, DEMO)) {
            String log = log(second);
            assertTrue(log.contains("the demo data set was not loaded"), "see " + second.log());
            assertFalse(log.contains("Loaded the fictional demo data set"), "see " + second.log());
            Api investor = second.api().as("demo-investor", "Loop-Investor-2026");
            assertTotals(investor, expected, "INVESTOR", null);
            assertEquals(expected.institutions().size(), second.api().asAdmin().get("api/institutions?size=1").json().getInt("total"));
            assertEquals(DemoAccounts.ACCOUNTS.size() + 1,
                    second.api().as("demo-admin", "Lok-Ma-Chau-Admin-2026").get("api/accounts?size=1").json().getInt("total"));
        }
    }

    /** Each account sees what its role and institution may read (docs/security.md), counted from the data set itself. */
    private static void assertTotals(Api api, DemoDataSet expected, String role, String institutionShortName) {
        boolean everything = role.equals("ADMIN") || role.equals("LEGAL");
        boolean investor = role.equals("INVESTOR");
        long own = institutionShortName == null ? -1 : position(expected, institutionShortName);
        long projects = 0;
        long assets = 0;
        for (DemoDataSet.Project p : expected.projects()) {
            Set<Long> parties = p.details().participants().stream().map(x -> x.institutionId()).collect(Collectors.toSet());
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
                    visible = projectPublic && assetPublic && a.details().licensing().isAvailable();
                } else {
                    visible = (projectPublic || assetParties.contains(own)) && (assetPublic || assetParties.contains(own));
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
