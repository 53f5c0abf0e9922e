package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * An institution moves to another registry: its office backs it up from a registry holding the demo
 * data, an administrator imports the file into a registry started on an empty data directory, and
 * the institution's backup there holds the same records line by line (the registry ids it names
 * aside), with every version of every asset's ownership, as the ownership API of both registries shows.
 * Importing the file again creates nothing, and the office's own spreadsheet finds its records in the
 * new registry. The new registry's backup, imported back into the demo registry, whose other records
 * have the same ids as many it names, matches none of those records by their ids.
 */
class BackupMigrationIT {
    private static final Pattern REGISTRY_REF = Pattern.compile("registry:([A-Za-z0-9._-]+:)?(\\d+)");
    private static final String NDJSON = "application/x-ndjson";
    private static final String OFFICE_PASSWORD = "Pok-Fu-Lam-Office-2026";
    /** A person of the office's own spreadsheet, without an ORCID iD: named only by the office's reference. */
    private static final String SPREADSHEET = "ref,name_en,institution\nHKU-MIGRATION-1,Migration Test Person,HKU\n";

    private static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @Test
    void anInstitutionsBackupMovesToAnEmptyRegistryWithEveryOwnershipVersion() throws Exception {
        Instant started = Instant.now();
        Path base = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .toAbsolutePath();
        Path demoDir = base.resolveSibling("migration-demo-" + System.nanoTime());
        Path emptyDir = base.resolveSibling("migration-empty-" + System.nanoTime());
        Files.createDirectories(demoDir);
        Files.createDirectories(emptyDir);
        // Most of the time goes into starting the registries and loading the demo data: they start side by
        // side, and with the JIT's first tier only, which on two cores gets them ready far sooner.
        CompletableFuture<RegistryProcess> demo =
                start(demoDir, Map.of("REGISTRY_DEMO", "true", "JAVA_TOOL_OPTIONS", QUICK_START));
        CompletableFuture<RegistryProcess> empty = start(emptyDir, Map.of("JAVA_TOOL_OPTIONS", QUICK_START));
        awaitBoth(demo, empty);
        try (RegistryProcess source = demo.join();
                RegistryProcess target = empty.join()) {
            System.out.printf(
                    "Both registries ready after %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());
            Api office = source.api().as("demo-tto-hku", OFFICE_PASSWORD);
            long sourceHku = office.get("api/auth/me")
                    .json()
                    .getJsonNumber("institutionId")
                    .longValue();
            JsonObject spreadsheet = run(office, "people", "text/csv", SPREADSHEET, "");
            assertEquals("SUCCEEDED", spreadsheet.getString("state"), spreadsheet::toString);
            Api.Reply backup = office.get("api/exports/institution/" + sourceHku);
            assertEquals(200, backup.status(), backup::toString);
            assertTrue(backup.contentType().startsWith(NDJSON), backup.contentType());
            List<String> before = backup.body().lines().toList();
            assertTrue(
                    before.get(0)
                            .matches("\\{\"record\":\"backup\",\"registry\":\"[0-9a-f]{16}\",\"institution\":\"HKU\"}"),
                    before.get(0));
            assertTrue(
                    backup.body().contains("\"ref\":\"HKU-MIGRATION-1\""), "the office's own names are in its backup");
            Map<String, Integer> versions = versionsByAsset(before);
            assertTrue(
                    versions.values().stream().anyMatch(n -> n >= 2),
                    "the demo data gives assets several ownership versions");

            Api admin = target.api().asAdmin();
            JsonObject dryRun = run(admin, "backup", NDJSON, backup.body(), "&mode=dry-run");
            assertEquals("SUCCEEDED", dryRun.getString("state"), dryRun::toString);
            assertEquals(
                    versions.values().stream().mapToInt(Integer::intValue).sum(),
                    dryRun.getJsonObject("report")
                            .getJsonObject("records")
                            .getJsonObject("ownership")
                            .getInt("created"),
                    dryRun::toString);
            assertEquals(0, admin.get("api/institutions?size=1").json().getInt("total"), "a dry run writes nothing");

            JsonObject job = run(admin, "backup", NDJSON, backup.body(), "");
            assertEquals("SUCCEEDED", job.getString("state"), job::toString);
            assertEquals(0, job.getJsonObject("report").getInt("skipped"), job::toString);
            long targetHku = institutionId(admin, "HKU");
            Api.Reply again = admin.get("api/exports/institution/" + targetHku);
            assertEquals(200, again.status(), again::toString);
            List<String> after = again.body().lines().toList();

            List<String> expected = withIdsMapped(before);
            List<String> actual = withIdsMapped(after);
            assertEquals(expected.size(), actual.size(), "lines of the backup");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
            }

            JsonObject twice = run(admin, "backup", NDJSON, backup.body(), "");
            assertEquals("SUCCEEDED", twice.getString("state"), twice::toString);
            assertEquals(
                    0,
                    twice.getJsonObject("report").getInt("created"),
                    () -> "importing the same backup again creates nothing: " + twice);
            Api.Reply account = admin.post(
                    "api/accounts",
                    "{\"username\":\"hku-office\",\"password\":\"" + OFFICE_PASSWORD
                            + "\",\"role\":\"TTO\",\"institutionId\":" + targetHku + "}");
            assertEquals(201, account.status(), account::toString);
            JsonObject officeAgain =
                    run(target.api().as("hku-office", OFFICE_PASSWORD), "people", "text/csv", SPREADSHEET, "");
            assertEquals(
                    0,
                    officeAgain.getJsonObject("report").getInt("created"),
                    () -> "the office's spreadsheet finds the person the administrator's import of its backup created: "
                            + officeAgain);

            for (String asset : mostVersions(versions, 5)) {
                long sourceAsset = Long.parseLong(asset.substring(asset.lastIndexOf(':') + 1));
                long targetAsset = sameAssetIn(office, admin, sourceAsset);
                assertEquals(
                        history(office, sourceAsset),
                        history(admin, targetAsset),
                        "ownership history of asset " + asset);
            }
            System.out.printf(
                    "Backed up %,d lines (%,d ownership versions), imported and backed up again in %d s%n",
                    before.size(),
                    versions.values().stream().mapToInt(Integer::intValue).sum(),
                    Duration.between(started, Instant.now()).toSeconds());

            backIntoTheDemoRegistry(source.api().asAdmin(), after);
            System.out.printf(
                    "Imported the new registry's backup back into the demo registry twice after %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());
            // their data directories are thrown away: no need to wait for an orderly shutdown
            source.kill();
            target.kill();
        }
    }

    private static CompletableFuture<RegistryProcess> start(Path dataDir, Map<String, String> env) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return RegistryProcess.start(dataDir, env);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Waits until both have started; if either did not, stops the other and reports the failure. */
    private static void awaitBoth(CompletableFuture<RegistryProcess> a, CompletableFuture<RegistryProcess> b)
            throws Exception {
        CompletableFuture.allOf(a, b).handle((done, failure) -> null).join();
        Exception failure = null;
        for (CompletableFuture<RegistryProcess> f : List.of(a, b)) {
            try {
                f.join();
            } catch (CompletionException e) {
                failure = e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        if (failure != null) {
            for (CompletableFuture<RegistryProcess> f : List.of(a, b)) {
                if (!f.isCompletedExceptionally()) {
                    f.join().close();
                }
            }
            throw failure;
        }
    }

    /**
     * The new registry's backup names the records it has no other name for by its own ids, and the
     * demo registry holds other records under many of the same ids: importing it there (updating what
     * it matches) matches none of those, and a second import creates nothing.
     */
    private static void backIntoTheDemoRegistry(Api demoAdmin, List<String> backup) throws InterruptedException {
        String registry = jakarta.json.Json.createReader(new java.io.StringReader(backup.get(0)))
                .readObject()
                .getString("registry");
        Map<String, String> sameIds = new HashMap<>();
        int assets = 0;
        for (String line : backup) {
            JsonObject o = jakarta.json.Json.createReader(new java.io.StringReader(line))
                    .readObject();
            String kind = o.getString("record");
            if (kind.equals("ip-asset")) {
                assets++;
            }
            String ref = o.getString("ref", "");
            if (ref.startsWith("registry:" + registry + ":") && (kind.equals("person") || kind.equals("ip-asset"))) {
                String path = (kind.equals("person") ? "api/people/" : "api/ip-assets/")
                        + ref.substring(ref.lastIndexOf(':') + 1);
                Api.Reply r = demoAdmin.get(path);
                if (r.status() == 200) {
                    sameIds.put(path, r.body());
                }
            }
        }
        // the file names ids that the demo registry uses for other records (how many depends on how the
        // two registries drew their ids): each of them must be neither matched nor changed below
        assertFalse(
                sameIds.isEmpty(),
                "the demo registry holds other records under some of the ids the file names, or this check proves nothing");
        System.out.printf(
                "%d records of the demo registry share their ids with records the backup names%n", sameIds.size());

        JsonObject first = run(demoAdmin, "backup", NDJSON, String.join("\n", backup), "&onDuplicate=update");
        assertEquals("SUCCEEDED", first.getString("state"), first::toString);
        assertEquals(
                assets,
                first.getJsonObject("report")
                        .getJsonObject("records")
                        .getJsonObject("ip-assets")
                        .getInt("created"),
                first::toString);
        sameIds.forEach((path, body) ->
                assertEquals(body, demoAdmin.get(path).body(), path + " is neither matched nor changed"));

        JsonObject second = run(demoAdmin, "backup", NDJSON, String.join("\n", backup), "");
        assertEquals("SUCCEEDED", second.getString("state"), second::toString);
        assertEquals(
                0,
                second.getJsonObject("report").getInt("created"),
                () -> "the second import finds what the first created: " + second);
    }

    private static JsonObject run(Api api, String kind, String contentType, String body, String query)
            throws InterruptedException {
        Api.Reply r = api.send("POST", "api/imports?kind=" + kind + query, body, Map.of("Content-Type", contentType));
        assertEquals(202, r.status(), r::toString);
        return await("import job " + r.id() + " finishes")
                .atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("api/imports/" + r.id()).json(),
                        j -> Set.of("SUCCEEDED", "FAILED", "REJECTED").contains(j.getString("state")));
    }

    /** The number of ownership versions of each asset of a backup, by the asset's reference. */
    private static Map<String, Integer> versionsByAsset(List<String> lines) {
        Map<String, Integer> versions = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("{\"record\":\"ownership\"")) {
                JsonObject o = jakarta.json.Json.createReader(new java.io.StringReader(line))
                        .readObject();
                versions.merge(o.getString("ip_asset"), 1, Integer::sum);
            }
        }
        return versions;
    }

    private static List<String> mostVersions(Map<String, Integer> versions, int n) {
        return versions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static long institutionId(Api api, String shortName) {
        return api
                .get("api/institutions?q=" + shortName + "&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("shortName").equals(shortName))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** The asset in the target registry that the import made of a source asset: the same place among its project's assets. */
    private static long sameAssetIn(Api source, Api target, long sourceAsset) {
        String code = source.get("api/projects/"
                        + source.get("api/ip-assets/" + sourceAsset).json().getJsonNumber("projectId"))
                .json()
                .getString("code");
        List<Long> sourceAssets = assetsOf(source, code);
        List<Long> targetAssets = assetsOf(target, code);
        assertEquals(sourceAssets.size(), targetAssets.size(), "assets of project " + code);
        return targetAssets.get(sourceAssets.indexOf(sourceAsset));
    }

    private static List<Long> assetsOf(Api api, String code) {
        long project = api
                .get("api/projects?q=" + code + "&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("code").equals(code))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        return api
                .get("api/ip-assets?projectId=" + project + "&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(a -> a.getJsonNumber("id").longValue())
                .sorted()
                .toList();
    }

    /** Every version of an asset's ownership as a person entered it: number, date, reason and shares by owner's short name. */
    private static List<String> history(Api api, long asset) {
        Api.Reply r = api.get("api/ip-assets/" + asset + "/ownership");
        assertEquals(200, r.status(), r::toString);
        Map<Long, String> names = new HashMap<>();
        List<String> versions = new ArrayList<>();
        for (JsonObject v : r.json().getJsonArray("history").getValuesAs(JsonObject.class)) {
            String shares = v.getJsonArray("shares").getValuesAs(JsonObject.class).stream()
                    .map(s -> names.computeIfAbsent(
                                    s.getJsonNumber("institutionId").longValue(),
                                    id -> api.get("api/institutions/" + id)
                                            .json()
                                            .getString("shortName"))
                            + " " + s.getInt("shareBp"))
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining(", "));
            versions.add(v.getInt("version") + " from " + v.getString("effectiveFrom") + ": " + shares + " ("
                    + v.getString("reason") + ")");
        }
        return versions;
    }

    /** The lines after the first (which names the registry) with each registry reference replaced by the order in which it first appears. */
    private static List<String> withIdsMapped(List<String> lines) {
        Map<String, String> ids = new HashMap<>();
        return lines.stream()
                .skip(1)
                .map(line -> {
                    Matcher m = REGISTRY_REF.matcher(line);
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(
                                b,
                                "registry:#" + ids.computeIfAbsent(m.group(), k -> Integer.toString(ids.size() + 1)));
                    }
                    return m.appendTail(b).toString();
                })
                .toList();
    }
}
