package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * The search API on the real application: freshness after a write, bilingual matching, and above
 * all that nothing an investor may not read reaches an investor, in hits, totals, facets or snippets.
 *
 * <p>Every record here carries a random word ({@link #tag}), so records of other tests sharing the
 * data directory never count.
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {
    private static final String PASSWORD = "Lotus-Pond-2718";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** The world below, created once for all tests. */
    private static World world;

    private record World(
            String tag,
            String secret,
            long a,
            String shortA,
            String shortC,
            long pub,
            long conf,
            long pubAsset,
            long consAsset,
            long unavailableAsset,
            long zh,
            long person,
            Api admin,
            Api investor,
            Api legal,
            Api ttoA,
            Api ttoC) {}

    /** A random word of letters no analyzer changes and no other record contains. */
    private static String word() {
        String letters = "bcdfghjkmnpqrtvwxz";
        StringBuilder w = new StringBuilder("xq");
        for (int i = 0; i < 7; i++) {
            w.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return w.toString();
    }

    @BeforeEach
    void createWorldOnce() {
        if (world == null) {
            world = createWorld();
        }
    }

    private World createWorld() {
        Api admin = new Api(base).asAdmin();
        String tag = word();
        String secret = word();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String shortA = "SA" + suffix;
        String shortC = "SC" + suffix;
        long a = created(admin.post("api/institutions", institution(shortA, "HK", "HK")));
        long b = created(admin.post("api/institutions", institution("SB" + suffix, "MAINLAND", "CN")));
        long c = created(admin.post("api/institutions", institution(shortC, "OVERSEAS", "DE")));

        long pub = created(admin.post(
                "api/projects",
                project(
                        "Gripper robotics platform " + tag,
                        "機械人夾爪平台",
                        null,
                        "Public abstract about the handling of gripper arms, " + tag + ".",
                        "PUBLIC",
                        "ROBOTICS",
                        "ACTIVE",
                        "2024-03-01",
                        a,
                        b)));
        long conf = created(admin.post(
                "api/projects",
                project(
                        "Gripper robotics secret " + tag,
                        null,
                        null,
                        "Confidential abstract: gripper zeppelin " + secret + " " + tag + ".",
                        "CONFIDENTIAL",
                        "ROBOTICS\",\"ENERGY",
                        "PROPOSED",
                        "2025-05-01",
                        a)));
        long zh = created(admin.post(
                "api/projects",
                project(
                        "Medical imaging " + tag,
                        "人工智慧醫療影像",
                        null,
                        "Imaging study.",
                        "PUBLIC",
                        "LIFE_HEALTH",
                        "ACTIVE",
                        "2023-01-01",
                        b)));

        long pubAsset = created(admin.post(
                "api/ip-assets",
                asset(
                        pub,
                        "Soft gripper " + tag,
                        null,
                        "人工智能软夹爪",
                        "Internal abstract: the " + secret + " mechanism of the gripper.",
                        "A soft gripper for sample tubes, " + tag + ".",
                        "NON_EXCLUSIVE",
                        "PUBLIC")));
        long consAsset = created(admin.post(
                "api/ip-assets",
                asset(
                        pub,
                        "Gripper controller " + tag,
                        null,
                        null,
                        "Controller internals.",
                        "Gripper controller summary " + tag + " " + secret + ".",
                        "NON_EXCLUSIVE",
                        "CONSORTIUM")));
        long unavailableAsset = created(admin.post(
                "api/ip-assets",
                asset(
                        pub,
                        "Gripper sensor " + tag,
                        null,
                        null,
                        "Sensor internals.",
                        "Gripper sensor summary " + tag + ".",
                        "NOT_AVAILABLE",
                        "PUBLIC")));
        assertEquals(
                200,
                admin.recordOwnership(consAsset, """
                {"effectiveFrom":"2026-01-01","reason":"Joint development","shares":[
                 {"institutionId":%d,"shareBp":5000},{"institutionId":%d,"shareBp":5000}]}""".formatted(a, c), "\"0\"").status());
        long person =
                created(admin.post("api/people", "{\"nameEn\":\"Person " + tag + "\",\"institutionId\":" + a + "}"));

        World w = new World(
                tag,
                secret,
                a,
                shortA,
                shortC,
                pub,
                conf,
                pubAsset,
                consAsset,
                unavailableAsset,
                zh,
                person,
                admin,
                account(admin, "INVESTOR", null),
                account(admin, "LEGAL", null),
                account(admin, "TTO", a),
                account(admin, "TTO", c));
        awaitSearch(admin, "q=" + tag, r -> total(r) == 7);
        return w;
    }

    private Api account(Api admin, String role, Long institution) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                                        + "\"" + (institution == null ? "" : ",\"institutionId\":" + institution) + "}")
                        .status());
        return new Api(base).as(name, PASSWORD);
    }

    private static String institution(String shortName, String jurisdiction, String country) {
        return """
                {"shortName":"%s","name":{"en":"Search test institution"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(shortName, jurisdiction, country);
    }

    private static String project(
            String en,
            String zhHant,
            String zhHans,
            String abstractEn,
            String confidentiality,
            String sectors,
            String status,
            String start,
            long lead,
            long... partners) {
        StringBuilder participants = new StringBuilder("{\"institutionId\":" + lead + ",\"role\":\"LEAD\"}");
        for (long p : partners) {
            participants.append(",{\"institutionId\":").append(p).append(",\"role\":\"PARTNER\"}");
        }
        return """
                {"code":"S-%s","title":{"en":"%s"%s%s},"abstract":{"en":"%s"},"sectors":["%s"],
                 "site":"BOTH","status":"%s","startDate":"%s","confidentiality":"%s","participants":[%s],
                 "funding":[{"funder":"Quiet Foundation","amount":1000,"currency":"HKD"}]}
                """.formatted(
                        UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        en,
                        zhHant == null ? "" : ",\"zhHant\":\"" + zhHant + "\"",
                        zhHans == null ? "" : ",\"zhHans\":\"" + zhHans + "\"",
                        abstractEn,
                        sectors,
                        status,
                        start,
                        confidentiality,
                        participants);
    }

    private static String asset(
            long project,
            String en,
            String zhHant,
            String zhHans,
            String abstractEn,
            String summary,
            String licensing,
            String confidentiality) {
        return """
                {"projectId":%d,"type":"PATENT_APPLICATION","title":{"en":"%s"%s%s},"abstract":{"en":"%s"},
                 "publicSummary":"%s","advantages":{"zhHant":"優勢：%s"},"readinessLevel":4,"licensing":"%s","confidentiality":"%s",
                 "filings":[{"jurisdiction":"CN","applicationNumber":"CN202610%06d.1","filingDate":"2026-02-01","status":"FILED"}],
                 "inventors":[]}
                """.formatted(
                        project,
                        en,
                        zhHant == null ? "" : ",\"zhHant\":\"" + zhHant + "\"",
                        zhHans == null ? "" : ",\"zhHans\":\"" + zhHans + "\"",
                        abstractEn,
                        summary,
                        summary,
                        licensing,
                        confidentiality,
                        RANDOM.nextInt(999_999));
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static JsonObject search(Api api, String query) {
        Api.Reply r = api.get("api/search?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long total(JsonObject result) {
        return result.getJsonObject("total").getJsonNumber("value").longValue();
    }

    private static Set<Long> ids(JsonObject result) {
        Set<Long> ids = new HashSet<>();
        result.getJsonArray("hits")
                .forEach(h -> ids.add(h.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private static long count(JsonObject result, String facet, String value) {
        JsonObject facets = result.getJsonObject("facets");
        if (facets == null || !facets.containsKey(facet)) {
            return 0;
        }
        return facets.getJsonArray(facet).stream()
                .map(JsonValue::asJsonObject)
                .filter(v -> v.getString("value").equals(value))
                .mapToLong(v -> v.getJsonNumber("count").longValue())
                .sum();
    }

    /** Polls until the search satisfies {@code done}; returns the time it took in milliseconds. */
    private static long awaitSearch(Api api, String query, Predicate<JsonObject> done) {
        long start = System.nanoTime();
        await("search " + query + " gives the expected answer")
                .atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> search(api, query), done);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Every committed write reaches the index by itself. How fast is measured, not asserted here:
     * the latency is printed, and the benchmark's freshness scenario reports p50/p99 against the
     * one-second goal (docs/benchmarks.md).
     */
    @Test
    void aCommittedWriteBecomesSearchableByItself() {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String fresh = word();
            long id = created(world.admin()
                    .post(
                            "api/institutions",
                            institution("F" + UUID.randomUUID().toString().substring(0, 8), "HK", "HK")
                                    .replace("Search test institution", "Fresh " + fresh)));
            long committed = System.nanoTime();
            awaitSearch(world.admin(), q(fresh), r -> ids(r).contains(id));
            latencies.add((System.nanoTime() - committed) / 1_000_000);
        }
        System.out.println("write-to-search latencies (ms after the 201): " + latencies);
    }

    @Test
    void traditionalFindsSimplifiedAndTheReverse() {
        Set<Long> both = Set.of(world.pubAsset(), world.zh());
        assertEquals(
                both,
                ids(search(world.investor(), q("人工智慧 " + world.tag()))),
                "Traditional 人工智慧 finds the asset titled in Simplified (人工智能) and the project titled in Traditional");
        assertEquals(
                both,
                ids(search(world.investor(), q("人工智能 " + world.tag()))),
                "Simplified 人工智能 finds the project titled in Traditional (人工智慧) and the asset titled in Simplified");
        assertEquals(Set.of(world.pub()), ids(search(world.investor(), q("机械人 " + world.tag()))), "机械人 finds 機械人");

        JsonObject hant = search(world.investor(), q("影像 " + world.tag()) + "&lang=zh-Hant-HK");
        assertEquals("人工智慧醫療影像", hant.getJsonArray("hits").getJsonObject(0).getString("title"));
        Api.Reply byHeader = world.investor()
                .send(
                        "GET",
                        "api/search?" + q("影像 " + world.tag()),
                        null,
                        Map.of("Accept-Language", "zh-HK, en;q=0.5"));
        assertEquals(
                "人工智慧醫療影像",
                byHeader.json().getJsonArray("hits").getJsonObject(0).getString("title"));
        JsonObject en = search(world.investor(), q("影像 " + world.tag()) + "&lang=en");
        assertEquals(
                "Medical imaging " + world.tag(),
                en.getJsonArray("hits").getJsonObject(0).getString("title"));
    }

    @Test
    void englishWordsMatchTheirStem() {
        JsonObject handled = search(world.admin(), q("handled " + world.tag()));
        assertEquals(Set.of(world.pub()), ids(handled), "handled finds handling");
        JsonObject grippers = search(world.admin(), q("grippers " + world.tag()) + "&type=ip-asset");
        assertEquals(Set.of(world.pubAsset(), world.consAsset(), world.unavailableAsset()), ids(grippers));
    }

    @Test
    void nothingConfidentialReachesAnInvestor() {
        JsonObject investor = search(world.investor(), q(world.tag()) + "&size=100");
        assertEquals(Set.of(world.pub(), world.pubAsset(), world.zh()), ids(investor));
        assertEquals(3, total(investor));
        assertTrue(investor.getJsonObject("total").getBoolean("exact"));
        assertEquals(2, count(investor, "sector", "ROBOTICS"), "the public project and its licensable asset");
        assertEquals(0, count(investor, "sector", "ENERGY"), "only the confidential project is in ENERGY");
        assertEquals(0, count(investor, "status", "PROPOSED"), "only the confidential project is PROPOSED");
        assertEquals(0, count(investor, "licensing", "NOT_AVAILABLE"));
        assertEquals(0, count(investor, "institution", world.shortC()), "ownership is not for investors");
        assertEquals(1, count(investor, "licensing", "NON_EXCLUSIVE"));

        for (String secretQuery : List.of(
                world.secret(),
                "zeppelin " + world.tag(),
                "secret " + world.tag(),
                "controller " + world.tag(),
                "sensor " + world.tag(),
                "mechanism " + world.tag(),
                "\"internal abstract\"",
                world.secret().substring(0, 6) + "*",
                world.secret() + "~",
                "Quiet Foundation " + world.tag(),
                "Person " + world.tag())) {
            JsonObject r = search(world.investor(), q(secretQuery));
            assertEquals(0, total(r), () -> secretQuery + " must find nothing for an investor: " + r);
            assertEquals(0, r.getJsonArray("hits").size());
            r.getJsonObject("facets")
                    .values()
                    .forEach(values -> assertEquals(0, values.asJsonArray().size(), secretQuery + ": " + r));
        }

        JsonObject gripper = search(world.investor(), q("gripper " + world.tag()));
        String text = gripper.toString();
        assertFalse(text.contains(world.secret()), text);
        assertFalse(text.contains("Internal abstract"), text);
        assertFalse(text.contains("Confidential"), text);
        gripper.getJsonArray("hits")
                .forEach(h -> h.asJsonObject()
                        .getJsonArray("snippets")
                        .forEach(s -> assertEquals(
                                "summary",
                                s.asJsonObject().getString("field"),
                                "investors see public summaries only")));
        assertTrue(text.contains("\"highlighted\":true"), "matches are marked: " + text);
    }

    /** The public catalogue, without sign-in, is the investor's search restricted to IP assets, and the investor's asset reads. */
    @Test
    void thePublicCatalogueShowsExactlyWhatAnInvestorMayRead() {
        Api visitor = new Api(base);
        Api.Reply r = visitor.get("api/public/catalogue?" + q(world.tag()) + "&size=100");
        assertEquals(200, r.status(), r::toString);
        JsonObject result = r.json();
        assertEquals(Set.of(world.pubAsset()), ids(result), "only the licensable IP asset, no project: " + result);
        assertEquals(1, total(result));
        assertEquals(0, count(result, "sector", "ENERGY"));
        assertEquals(0, count(result, "licensing", "NOT_AVAILABLE"));
        assertEquals(0, count(result, "institution", world.shortC()));
        assertEquals(
                Set.of(world.pubAsset()),
                ids(visitor.get("api/public/catalogue?" + q(world.tag()) + "&type=project,institution")
                        .json()),
                "the record types asked for do not widen the catalogue");
        assertEquals(
                ids(result),
                ids(world.admin().get("api/public/catalogue?" + q(world.tag())).json()),
                "a token changes nothing: everyone gets the public answer");
        for (String secretQuery : List.of(
                world.secret(),
                "controller " + world.tag(),
                "sensor " + world.tag(),
                "mechanism " + world.tag(),
                world.secret().substring(0, 6) + "*")) {
            JsonObject s = visitor.get("api/public/catalogue?" + q(secretQuery)).json();
            assertEquals(0, total(s), () -> secretQuery + " must find nothing publicly: " + s);
            s.getJsonObject("facets")
                    .values()
                    .forEach(values -> assertEquals(0, values.asJsonArray().size(), secretQuery + ": " + s));
        }
        assertFalse(visitor.get("api/public/catalogue?" + q("gripper " + world.tag()))
                .body()
                .contains(world.secret()));

        String owned = word();
        long project = created(world.admin()
                .post(
                        "api/projects",
                        project(
                                "Catalogue project " + owned,
                                null,
                                null,
                                "Abstract.",
                                "PUBLIC",
                                "ROBOTICS",
                                "ACTIVE",
                                "2024-03-01",
                                world.a())));
        long asset = created(world.admin()
                .post(
                        "api/ip-assets",
                        asset(
                                project,
                                "Catalogue gripper " + owned,
                                null,
                                "软夹爪 " + owned,
                                "Internal abstract " + world.secret() + ".",
                                "Public summary " + owned + ".",
                                "EXCLUSIVE",
                                "PUBLIC")));
        assertEquals(
                200,
                world.ttoA()
                        .put("api/ip-assets/" + asset + "/ownership", """
                {"effectiveFrom":"2026-01-01","reason":"Assignment","shares":[{"institutionId":%d,"shareBp":10000}]}""".formatted(world.a()), "\"0\"")
                        .status());
        Api.Reply page = visitor.get("api/public/ip-assets/" + asset);
        assertEquals(200, page.status(), page::toString);
        JsonObject a = page.json();
        assertEquals("Catalogue gripper " + owned, a.getJsonObject("title").getString("en"));
        assertEquals(
                "Public summary " + owned + ".",
                a.getJsonObject("publicSummary").getString("en"),
                "a single summary of earlier clients is read as the language its characters show");
        assertEquals(
                "優勢：Public summary " + owned + ".",
                a.getJsonObject("advantages").getString("zhHant"));
        assertEquals("PENDING", a.getJsonObject("ipStatus").getString("state"));
        assertEquals("pending in CN", a.getJsonObject("ipStatus").getString("text"));
        assertEquals(4, a.getInt("readinessLevel"), "the development stage");
        assertFalse(a.getJsonArray("owners").getJsonObject(0).containsKey("contact"), "no contact published yet");
        JsonObject institutionA =
                world.admin().get("api/institutions/" + world.a()).json();
        assertEquals(
                200,
                world.ttoA()
                        .put(
                                "api/institutions/" + world.a() + "/public-contact",
                                "{\"office\":\"Knowledge Transfer Office\",\"email\":\"licensing@example.edu.hk\",\"webPage\":\"https://kt.example.edu.hk\"}",
                                "\"" + institutionA.getInt("version") + "\"")
                        .status());
        JsonObject contact = visitor.get("api/public/ip-assets/" + asset)
                .json()
                .getJsonArray("owners")
                .getJsonObject(0)
                .getJsonObject("contact");
        assertEquals("licensing@example.edu.hk", contact.getString("email"));
        assertEquals("https://kt.example.edu.hk", contact.getString("webPage"));
        assertEquals(
                Set.of("office", "email", "webPage"),
                contact.keySet(),
                "the contact and nothing else of the institution");
        awaitSearch(world.admin(), q("Catalogue gripper " + owned), x -> total(x) == 1);
        JsonObject hit = visitor.get("api/public/catalogue?" + q(owned))
                .json()
                .getJsonArray("hits")
                .getJsonObject(0);
        assertEquals(
                "pending in CN",
                hit.getJsonObject("ipStatus").getString("text"),
                "search results carry the derived IP status");
        assertEquals(world.shortA(), a.getJsonArray("owners").getJsonObject(0).getString("shortName"));
        assertFalse(page.body().contains(world.secret()), page.body());
        assertFalse(
                a.containsKey("abstract") || a.containsKey("inventors") || a.containsKey("confidentiality"),
                page.body());
        assertFalse(page.body().contains("shareBp"), "owners' shares stay internal: " + page.body());

        for (long hidden : List.of(world.consAsset(), world.unavailableAsset())) {
            Api.Reply h = visitor.get("api/public/ip-assets/" + hidden);
            Api.Reply m = visitor.get("api/public/ip-assets/" + (hidden + 1_000_000_000L));
            assertProblem(h, 404);
            assertEquals(
                    m.json().getString("detail").replace(Long.toString(hidden + 1_000_000_000L), "{id}"),
                    h.json().getString("detail").replace(Long.toString(hidden), "{id}"));
            assertEquals(
                    404,
                    world.admin().get("api/public/ip-assets/" + hidden).status(),
                    "an administrator's token opens nothing here");
        }
        assertEquals(404, visitor.get("api/public/ip-assets/" + world.conf()).status(), "a project's id is no asset");
    }

    @Test
    void searchResultsExportWithTheSameVisibility() {
        Api.Reply csv = world.investor().get("api/exports/search?format=csv&" + q(world.tag()));
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFtype,id,title,title_language,snippet,licensing,readiness,filing_status,url", lines.get(0));
        assertEquals(4, lines.size(), "a header and the investor's three hits: " + csv.body());
        assertFalse(csv.body().contains(world.secret()), csv.body());
        assertFalse(csv.body().contains(Long.toString(world.conf())), csv.body());
        Api.Reply json = world.admin().get("api/exports/search?format=json&" + q(world.tag()));
        assertEquals(200, json.status());
        assertTrue(
                json.structure().asJsonArray().size() > 3,
                "an administrator's export holds the confidential records too");
        assertEquals(
                400,
                world.investor()
                        .get("api/exports/search?format=xls&" + q(world.tag()))
                        .status());
    }

    /** Read back with a CSV parser: an IP asset's licensing, readiness and filings, and every record's absolute page address. */
    @Test
    void searchExportCarriesLicensingReadinessFilingsAndTheRecordsAddress() throws Exception {
        URI root = base.toURI();
        Map<String, CSVRecord> admins =
                csvRows(world.admin().get("api/exports/search?format=csv&lang=zh-Hant&" + q(world.tag())));
        CSVRecord offered = admins.get("ip-asset:" + world.pubAsset());
        assertEquals("NON_EXCLUSIVE", offered.get("licensing"));
        assertEquals("4", offered.get("readiness"));
        assertEquals("CN FILED", offered.get("filing_status"));
        assertEquals(
                root.resolve("#/catalogue/" + world.pubAsset() + "?lang=zh-Hant")
                        .toString(),
                offered.get("url"),
                "an asset the public catalogue shows links to its public page, in the export's language");
        CSVRecord unavailable = admins.get("ip-asset:" + world.unavailableAsset());
        assertEquals("NOT_AVAILABLE", unavailable.get("licensing"));
        assertEquals("CN FILED", unavailable.get("filing_status"));
        assertEquals(
                root.resolve("#/ip-assets/" + world.unavailableAsset()).toString(),
                unavailable.get("url"),
                "an asset not offered for licensing links to the signed-in page");
        assertEquals(
                root.resolve("#/ip-assets/" + world.consAsset()).toString(),
                admins.get("ip-asset:" + world.consAsset()).get("url"));
        CSVRecord project = admins.get("project:" + world.conf());
        assertEquals(root.resolve("#/projects/" + world.conf()).toString(), project.get("url"));
        assertEquals("", project.get("licensing"), "a project has no licensing");
        assertEquals("", project.get("readiness"));
        assertEquals("", project.get("filing_status"));
        assertEquals(
                root.resolve("#/people/" + world.person()).toString(),
                admins.get("person:" + world.person()).get("url"));

        Map<String, CSVRecord> investors =
                csvRows(world.investor().get("api/exports/search?format=csv&type=ip-asset&" + q(world.tag())));
        assertEquals(Set.of("ip-asset:" + world.pubAsset()), investors.keySet());
        CSVRecord seen = investors.get("ip-asset:" + world.pubAsset());
        assertEquals("NON_EXCLUSIVE", seen.get("licensing"));
        assertEquals(
                root.resolve("#/catalogue/" + world.pubAsset() + "?lang=en").toString(), seen.get("url"));

        JsonObject json = world
                .admin()
                .get("api/exports/search?format=json&type=ip-asset&" + q(world.tag()))
                .structure()
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("id").equals(Long.toString(world.pubAsset())))
                .findFirst()
                .orElseThrow();
        assertEquals("NON_EXCLUSIVE", json.getString("licensing"));
        assertEquals("CN FILED", json.getString("filing_status"));
    }

    /** The rows of a CSV export by "type:id", parsed as RFC 4180 after the byte order mark. */
    private static Map<String, CSVRecord> csvRows(Api.Reply reply) throws java.io.IOException {
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        Map<String, CSVRecord> rows = new java.util.LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(reply.body().substring(1)))) {
            for (CSVRecord row : parser) {
                assertTrue(row.isConsistent(), "row " + row.getRecordNumber() + " has every column");
                rows.put(row.get("type") + ":" + row.get("id"), row);
            }
        }
        return rows;
    }

    @Test
    void otherRolesSeeWhatTheyMayRead() {
        Set<Long> all = Set.of(
                world.pub(),
                world.conf(),
                world.pubAsset(),
                world.consAsset(),
                world.unavailableAsset(),
                world.zh(),
                world.person());
        assertEquals(all, ids(search(world.admin(), q(world.tag()) + "&size=100")));
        assertEquals(all, ids(search(world.legal(), q(world.tag()) + "&size=100")));
        assertEquals(
                all, ids(search(world.ttoA(), q(world.tag()) + "&size=100")), "institution A takes part in everything");
        JsonObject c = search(world.ttoC(), q(world.tag()) + "&size=100");
        assertEquals(
                Set.of(
                        world.pub(),
                        world.pubAsset(),
                        world.consAsset(),
                        world.unavailableAsset(),
                        world.zh(),
                        world.person()),
                ids(c),
                "C sees the public records and the asset it co-owns, not the confidential project");
        assertEquals(6, total(c));
        assertEquals(0, count(c, "sector", "ENERGY"));
        assertEquals(1, count(c, "institution", world.shortC()), "C co-owns the consortium asset");

        JsonObject secretForA = search(world.ttoA(), q("zeppelin"));
        assertEquals(Set.of(world.conf()), ids(secretForA), "offices search the internal text of their own records");
        assertTrue(secretForA.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").stream()
                .anyMatch(s -> s.asJsonObject().getString("field").equals("summary")));
        assertEquals(0, total(search(world.ttoC(), q("zeppelin"))));
    }

    @Test
    void typesAndFacetFiltersNarrowTheHits() {
        JsonObject two = search(world.admin(), q(world.tag()) + "&type=project&type=ip-asset&size=100");
        assertEquals(6, total(two));
        assertEquals(1, count(two, "type", "person"), "the type facet counts without its own filter");
        assertEquals(6, total(search(world.admin(), q(world.tag()) + "&type=project,ip-asset")));

        JsonObject energy = search(world.admin(), q(world.tag()) + "&sector=ENERGY");
        assertEquals(Set.of(world.conf()), ids(energy));
        assertEquals(1, count(energy, "status", "PROPOSED"));
        assertEquals(0, count(energy, "status", "ACTIVE"), "other facets' counts apply the sector filter");
        assertEquals(5, count(energy, "sector", "ROBOTICS"), "the sector facet still counts its other values");

        assertEquals(
                Set.of(world.conf(), world.zh()),
                ids(search(world.admin(), q(world.tag()) + "&sector=ENERGY&sector=LIFE_HEALTH")),
                "OR within a facet");
        assertEquals(
                Set.of(world.pubAsset(), world.consAsset()),
                ids(search(world.admin(), q(world.tag()) + "&sector=ROBOTICS&licensing=NON_EXCLUSIVE")),
                "AND across facets");
        JsonObject page = search(world.admin(), q(world.tag()) + "&size=2&page=2&sort=title");
        assertEquals(2, page.getJsonArray("hits").size());
        assertEquals(7, total(page));
        assertFalse(page.getBoolean("approximate"));
    }

    @Test
    void badQueriesAreProblems() {
        assertProblem(world.admin().get("api/search?q=g*"), 400);
        assertProblem(world.admin().get("api/search?" + q("x".repeat(501))), 400);
        assertProblem(world.admin().get("api/search?q=gripper&page=101&size=100"), 400);
        assertProblem(world.admin().get("api/search?q=gripper&size=101"), 400);
        assertProblem(world.admin().get("api/search?q=gripper&page=two"), 400);
        assertProblem(world.admin().get("api/search?q=gripper&type=patent"), 400);
        assertProblem(world.admin().get("api/search?q=gripper&sort=random"), 400);
        assertProblem(new Api(base).get("api/search?q=gripper"), 401);
        JsonObject lenient = search(world.admin(), q("(gripper \"" + world.tag()));
        assertTrue(lenient.getBoolean("syntaxIgnored"), "invalid syntax is searched as plain words");
        assertTrue(ids(lenient).contains(world.pub()));
    }

    @Test
    void aScheduledOwnerIsNotACurrentOwnerInTheInstitutionFacet() {
        Api admin = world.admin();
        String title = word();
        String renamed = word();
        String later = "SL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long laterOwner = created(admin.post("api/institutions", institution(later, "OVERSEAS", "DE")));
        String body = asset(
                world.conf(),
                "Scheduled gripper " + title,
                null,
                null,
                "Abstract.",
                "Summary.",
                "NOT_AVAILABLE",
                "CONFIDENTIAL");
        long id = created(admin.post("api/ip-assets", body));
        String path = "api/ip-assets/" + id + "/ownership";
        String v = """
                {"effectiveFrom":"%s","reason":"Joint development","shares":[{"institutionId":%d,"shareBp":10000}]}""";
        assertEquals(
                200,
                world.ttoA()
                        .put(path, v.formatted("2026-01-01", world.a()), "\"0\"")
                        .status(),
                "A's office records A as sole owner");
        // A's office proposes the assignment; an administrator records the approval of the new owner, which has no
        // office
        Api.Reply proposed = world.ttoA().put(path, v.formatted("2099-01-01", laterOwner), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        Api.Reply approved = admin.send(
                "POST",
                "api/ownership-proposals/" + proposed.id() + "/approve",
                "{\"institutionId\":" + laterOwner + ",\"documentRef\":\"Signed assignment\"}",
                Map.of("If-Match", proposed.etag()));
        assertEquals("APPROVED", approved.json().getString("state"), approved::toString);
        // a later change of the asset: once it is searchable, the document was read after both versions
        assertEquals(
                200,
                admin.put(
                                "api/ip-assets/" + id,
                                body.replace(title, renamed),
                                admin.get("api/ip-assets/" + id).etag())
                        .status());
        awaitSearch(admin, q(renamed), r -> ids(r).equals(Set.of(id)));
        JsonObject r = search(admin, q(renamed));
        assertEquals(1, count(r, "institution", world.shortA()), "the owner in force today");
        assertEquals(0, count(r, "institution", later), "the owner from 2099 is no current owner yet");
    }

    @Test
    void updatesAndDeletesAreReflected() {
        String before = word();
        String after = word();
        Api admin = world.admin();
        String body = project(
                "Update test " + before,
                null,
                null,
                "Abstract.",
                "PUBLIC",
                "ENERGY",
                "ACTIVE",
                "2026-01-01",
                world.a());
        long id = created(admin.post("api/projects", body));
        awaitSearch(world.investor(), q(before), r -> ids(r).equals(Set.of(id)));

        Api.Reply read = admin.get("api/projects/" + id);
        assertEquals(
                200,
                admin.put(
                                "api/projects/" + id,
                                body.replace(before, after).replace("\"PUBLIC\"", "\"CONFIDENTIAL\""),
                                read.etag())
                        .status());
        long updated = awaitSearch(admin, q(after), r -> ids(r).equals(Set.of(id)));
        System.out.println("update searchable after " + updated + " ms");
        assertEquals(0, total(search(admin, q(before))), "the old title is gone");
        assertEquals(0, total(search(world.investor(), q(after))), "now confidential: gone for investors");

        assertEquals(
                204,
                admin.delete(
                                "api/projects/" + id,
                                admin.get("api/projects/" + id).etag())
                        .status());
        long deleted = awaitSearch(admin, q(after), r -> total(r) == 0);
        System.out.println("delete searchable after " + deleted + " ms");
    }

    @Test
    void administratorsRebuildTheIndexAndWatchItsProgress() {
        for (Api other : List.of(world.investor(), world.legal(), world.ttoA())) {
            assertProblem(other.post("api/admin/search/reindex", null), 403);
            assertProblem(other.get("api/admin/search/status"), 403);
        }
        Api.Reply started = world.admin().post("api/admin/search/reindex", null);
        assertEquals(202, started.status(), started::toString);
        JsonObject state = started.json();
        assertTrue(state.getBoolean("available"));
        assertTrue(
                state.containsKey("rebuilding")
                        && state.containsKey("documents")
                        && state.containsKey("pendingChanges"),
                state::toString);
        assertNotNull(state.getJsonObject("lastRebuild"), state::toString);
        if (state.getBoolean("rebuilding")) {
            JsonObject progress = state.getJsonObject("progress");
            assertTrue(
                    progress.getJsonNumber("done").longValue()
                            <= progress.getJsonNumber("total").longValue(),
                    state::toString);
        }
        JsonObject searching = search(world.admin(), q(world.tag()));
        assertTrue(searching.containsKey("rebuilding"));
        assertEquals(7, total(searching), "searches keep answering during a rebuild");

        JsonObject done = await("the rebuild finishes")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> world.admin().get("api/admin/search/status").json(),
                        status -> status.getJsonObject("lastRebuild").containsKey("finished"));
        JsonObject last = done.getJsonObject("lastRebuild");
        assertTrue(last.containsKey("finished"), done::toString);
        assertFalse(last.containsKey("error"), done::toString);
        assertEquals("READY", done.getString("status"));
        assertFalse(done.getBoolean("rebuilding"));
        assertTrue(done.getJsonNumber("documents").longValue() >= 8, done::toString);
        assertEquals(7, total(search(world.admin(), q(world.tag()))));
        assertEquals(3, total(search(world.investor(), q(world.tag()))));
    }
}
