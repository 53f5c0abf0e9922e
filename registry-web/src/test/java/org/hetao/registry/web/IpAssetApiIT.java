package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.Fixture;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class IpAssetApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private long hk;
    private long sz;
    private long third;
    private long project;
    private long inventorA;
    private long inventorB;

    @BeforeEach
    void world() {
        Fixture world = Fixture.on(base)
                .shortNamesStartWith("I")
                .institution("hk", "HK", "HK")
                .institution("sz", "MAINLAND", "CN")
                .institution("third", "OVERSEAS", "DE")
                .person("inventorA", "Wong Siu Ming", "黃小明", "hk")
                .person("inventorB", "Zhang Lei", "张磊", "sz")
                .project("project", "HT", "Soft robotics for sample handling", "PUBLIC", "hk", "sz");
        admin = world.admin();
        hk = world.id("hk");
        sz = world.id("sz");
        third = world.id("third");
        inventorA = world.id("inventorA");
        inventorB = world.id("inventorB");
        project = world.id("project");
    }

    private String asset(String inventors) {
        return """
                {"projectId":%d,"type":"PATENT_APPLICATION",
                 "title":{"en":"Soft gripper for sample tubes","zhHant":"樣本管軟夾爪","zhHans":"样本管软夹爪"},
                 "abstract":{"en":"Internal description of the gripper design."},
                 "publicSummary":"A soft gripper for biological sample tubes, licensable non-exclusively.",
                 "readinessLevel":4,"licensing":"NON_EXCLUSIVE","confidentiality":"PUBLIC",
                 "filings":[{"jurisdiction":"CN","applicationNumber":"CN202610%06d.1","filingDate":"2026-02-01","status":"FILED"}],
                 "inventors":%s}
                """.formatted(project, (int) (Math.random() * 999_999), inventors);
    }

    private static String shares(String effectiveFrom, long[] owners, int[] bp) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < owners.length; i++) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"institutionId\":")
                    .append(owners[i])
                    .append(",\"shareBp\":")
                    .append(bp[i])
                    .append('}');
        }
        return "{\"effectiveFrom\":\"" + effectiveFrom + "\",\"reason\":\"Joint development agreement\",\"shares\":["
                + s + "]}";
    }

    @Test
    void registersAnAssetAndVersionsItsOwnership() {
        long id = created(admin.post(
                "api/ip-assets",
                asset("[{\"personId\":%d,\"shareBp\":6000},{\"personId\":%d,\"shareBp\":4000}]"
                        .formatted(inventorA, inventorB))));
        Api.Reply read = admin.get("api/ip-assets/" + id);
        assertEquals("樣本管軟夾爪", read.json().getJsonObject("title").getString("zhHant"));
        assertEquals(2, read.json().getJsonArray("inventors").size());

        Api.Reply none = admin.get("api/ip-assets/" + id + "/ownership");
        assertEquals(200, none.status());
        assertEquals("\"0\"", none.etag());
        assertEquals(0, none.json().getJsonArray("history").size());

        Api.Reply v1 = admin.recordOwnership(
                id, shares("2026-01-01", new long[] {hk, sz, third}, new int[] {3333, 3333, 3334}), "\"0\"");
        assertEquals(200, v1.status(), v1::toString);
        assertEquals("\"1\"", v1.etag());
        JsonObject current = v1.json().getJsonObject("current");
        assertEquals("33.34 %", current.getJsonArray("shares").getJsonObject(0).getString("percent"));
        assertEquals("admin", current.getString("recordedBy"));

        Api.Reply v2 =
                admin.recordOwnership(id, shares("2026-07-01", new long[] {hk, sz}, new int[] {5000, 5000}), v1.etag());
        assertEquals(200, v2.status(), v2::toString);
        assertEquals(2, v2.json().getJsonArray("history").size());
        assertEquals(
                3,
                v2.json()
                        .getJsonArray("history")
                        .getJsonObject(1)
                        .getJsonArray("shares")
                        .size(),
                "version 1 is kept as it was");

        assertProblem(
                admin.put(
                        "api/ip-assets/" + id + "/ownership",
                        shares("2026-08-01", new long[] {hk}, new int[] {10000}),
                        v1.etag()),
                412);
        assertProblem(
                admin.put(
                        "api/ip-assets/" + id + "/ownership",
                        shares("2026-08-01", new long[] {hk}, new int[] {10000}),
                        null),
                428);
        Api.Reply corrected =
                admin.recordOwnership(id, shares("2026-06-30", new long[] {hk}, new int[] {10000}), v2.etag());
        assertEquals(
                200,
                corrected.status(),
                "a version dated before the current one is a correction, inserted in date order: " + corrected);
        assertEquals("\"3\"", corrected.etag(), "numbered in the order of recording");
        JsonObject o = corrected.json();
        assertEquals(
                2,
                o.getJsonObject("current").getInt("version"),
                "the correction does not change the version in force today");
        assertEquals("2026-07-01", o.getJsonObject("current").getString("effectiveFrom"));
        assertEquals(
                List.of(2, 3, 1),
                o.getJsonArray("history").stream()
                        .map(v -> v.asJsonObject().getInt("version"))
                        .toList(),
                "the history in date order, the latest date first");
        assertTrue(o.getJsonArray("history").getJsonObject(1).getBoolean("correction"));
        assertFalse(o.getJsonArray("history").getJsonObject(0).getBoolean("correction"));
        assertFieldError(
                admin.send(
                        "POST",
                        "api/ip-assets/" + id + "/ownership/proposals",
                        "{\"kind\":\"CHANGE\","
                                + shares("2026-06-30", new long[] {hk}, new int[] {10000})
                                        .substring(1),
                        Map.of("If-Match", "\"3\"")),
                "effectiveFrom");
    }

    @Test
    void listsNameEachAssetsProjectAndOwnersTodayAndFilterByAnOwner() {
        long id = created(admin.post("api/ip-assets", asset("[]")));
        String code = admin.get("api/projects/" + project).json().getString("code");
        assertEquals(
                200,
                admin.recordOwnership(id, shares("2026-01-01", new long[] {sz, hk}, new int[] {4000, 6000}), "\"0\"")
                        .status());
        String nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong"))
                .plusYears(1)
                .toString();
        assertEquals(
                200,
                admin.recordOwnership(id, shares(nextYear, new long[] {hk, third}, new int[] {5000, 5000}), "\"1\"")
                        .status(),
                "a change scheduled for next year");

        JsonObject listed = admin.get("api/ip-assets?projectId=" + project)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(code, listed.getString("projectCode"));
        List<JsonObject> owners = listed.getJsonArray("owners").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(hk, sz),
                owners.stream()
                        .map(o -> o.getJsonNumber("institutionId").longValue())
                        .toList(),
                "the owners in force today, the largest share first; not the scheduled ones");
        assertEquals(
                List.of(6000, 4000),
                owners.stream().map(o -> o.getInt("shareBp")).toList());
        assertTrue(owners.get(0).getString("shortName").startsWith("I"), owners::toString);
        assertEquals(
                listed.getJsonArray("owners"),
                admin.get("api/ip-assets/" + id).json().getJsonArray("owners"),
                "the same on the asset");

        assertEquals(List.of(id), idsOwnedBy(sz), "an owner today");
        assertEquals(List.of(id), idsOwnedBy(hk));
        assertEquals(List.of(), idsOwnedBy(third), "an owner only from next year on is not one today");
        assertFieldError(admin.get("api/ip-assets?ownerInstitutionId=HKU"), "ownerInstitutionId");
    }

    private List<Long> idsOwnedBy(long institutionId) {
        return admin
                .get("api/ip-assets?projectId=" + project + "&ownerInstitutionId=" + institutionId)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void badSharesAreRejectedAndNothingIsRecorded() {
        long id = created(admin.post("api/ip-assets", asset("[]")));
        String path = "api/ip-assets/" + id + "/ownership";
        assertFieldError(
                admin.put(
                        path, shares("2026-01-01", new long[] {hk, sz, third}, new int[] {3333, 3333, 3333}), "\"0\""),
                "shares",
                "shares.sum",
                java.util.Map.of("sum", 9999));
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, sz}, new int[] {5000, 5001}), "\"0\""),
                "shares",
                "shares.sum",
                java.util.Map.of("sum", 10001));
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, sz}, new int[] {10000, 0}), "\"0\""),
                "shares[1].shareBp",
                "range",
                java.util.Map.of("min", 1, "max", 10000));
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, sz}, new int[] {15000, -5000}), "\"0\""),
                "shares[0].shareBp");
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, hk}, new int[] {5000, 5000}), "\"0\""),
                "shares[1].institutionId",
                "shares.duplicate-holder",
                java.util.Map.of("holder", hk, "line", 0));
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, 999_999_999L}, new int[] {5000, 5000}), "\"0\""),
                "shares[1].institutionId",
                "reference.not-found",
                java.util.Map.of("kind", "institution", "id", 999_999_999L));
        assertFieldError(
                admin.put(path, shares("2026-01-01", new long[] {hk, inventorA}, new int[] {5000, 5000}), "\"0\""),
                "shares[1].institutionId");
        assertProblem(
                admin.put(
                        path,
                        shares("2026-01-01", new long[] {hk}, new int[] {10000}).replace("10000", "\"all\""),
                        "\"0\""),
                400);
        assertEquals(0, admin.get(path).json().getJsonArray("history").size(), "no failed request recorded anything");
        assertProblem(admin.get("api/ip-assets/" + project + "/ownership"), 404, "not-found");
    }

    @Test
    void badAssetsAreRejected() {
        assertFieldError(
                admin.post(
                        "api/ip-assets",
                        asset("[{\"personId\":%d,\"shareBp\":5000},{\"personId\":%d,\"shareBp\":4999}]"
                                .formatted(inventorA, inventorB))),
                "inventors",
                "shares.sum",
                java.util.Map.of("sum", 9999));
        assertFieldError(
                admin.post("api/ip-assets", asset("[{\"personId\":%d,\"shareBp\":10000}]".formatted(hk))),
                "inventors[0].personId");
        assertFieldError(
                admin.post("api/ip-assets", asset("[]").replace("\"projectId\":" + project, "\"projectId\":" + hk)),
                "projectId");
        assertFieldError(
                admin.post("api/ip-assets", asset("[]").replace("\"readinessLevel\":4", "\"readinessLevel\":10")),
                "readinessLevel",
                "range",
                java.util.Map.of("min", 1, "max", 9));
        assertProblem(admin.post("api/ip-assets", asset("[]").replace("PATENT_APPLICATION", "POEM")), 400);
        assertProblem(admin.post("api/ip-assets", asset("[]").replace("\"CN\"", "\"MARS\"")), 400);
        assertEquals(
                0,
                admin.get("api/ip-assets?projectId=" + project).json().getInt("total"),
                "no failed request created an asset");
    }

    @Test
    void aProjectWithAssetsCannotBeDeleted() {
        created(admin.post("api/ip-assets", asset("[]")));
        Api.Reply p = admin.get("api/projects/" + project);
        assertProblem(admin.delete("api/projects/" + project, p.etag()), 409);
    }

    @Test
    void ofTwentyConcurrentChangesToOneVersionExactlyOneCommits() throws Exception {
        long id = created(admin.post("api/ip-assets", asset("[]")));
        String path = "api/ip-assets/" + id + "/ownership";
        assertEquals(
                200,
                admin.recordOwnership(id, shares("2026-01-01", new long[] {hk, sz}, new int[] {5000, 5000}), "\"0\"")
                        .status());
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int hkShare = 1000 + i * 100;
            Callable<Integer> change = () -> {
                start.await();
                return admin.recordOwnership(
                                id,
                                shares("2026-02-01", new long[] {hk, sz}, new int[] {hkShare, 10000 - hkShare}),
                                "\"1\"")
                        .status();
            };
            results.add(pool.submit(change));
        }
        start.countDown();
        int ok = 0;
        int stale = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            if (status == 200) {
                ok++;
            } else if (status == 412) {
                stale++;
            }
        }
        pool.shutdown();
        assertEquals(1, ok, "exactly one change of version 1 commits");
        assertEquals(threads - 1, stale, "the others are told the version is stale");
        JsonObject o = admin.get(path).json();
        assertEquals(2, o.getInt("currentVersion"));
        assertEquals(2, o.getJsonArray("history").size());
        int sum = o.getJsonObject("current").getJsonArray("shares").stream()
                .mapToInt(s -> s.asJsonObject().getInt("shareBp"))
                .sum();
        assertEquals(10000, sum);
        assertEquals(
                2,
                admin.get("api/audit?entityKind=ownership&entityId=" + id)
                        .json()
                        .getInt("total"),
                "one audit record per committed ownership change, none for the refused ones");
        assertTrue(admin.get("api/audit/verify").json().getBoolean("intact"));
    }

    @Test
    void recordsTheRecordalOfAnAssignmentAndWarnsUntilCnipaRegistersIt() throws InterruptedException {
        long id = created(
                admin.post("api/ip-assets", asset("[{\"personId\":%d,\"shareBp\":10000}]".formatted(inventorA))));
        Api.Reply v1 = admin.recordOwnership(id, shares("2026-01-01", new long[] {hk}, new int[] {10000}), "\"0\"");
        assertEquals(200, v1.status(), v1::toString);
        long version = v1.json()
                .getJsonArray("history")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Api.Reply made = admin.post(
                "api/recordals",
                "{\"ownershipVersionId\":" + version
                        + ",\"office\":\"CNIPA\",\"type\":\"ASSIGNMENT\",\"status\":\"TO_DO\"}");
        assertEquals(201, made.status(), made::toString);
        assertEquals("\"1\"", made.etag());
        long recordal = made.id();
        assertEquals("2026-01-01", made.json().getString("effectiveDate"), "the version's date");
        assertEquals(
                "recordal.cnipa-assignment-not-registered",
                made.json().getJsonArray("warnings").getJsonObject(0).getString("code"));
        assertEquals(
                1,
                admin.get("api/recordals?ipAssetId=" + id)
                        .structure()
                        .asJsonArray()
                        .size());

        assertFieldError(
                admin.post(
                        "api/recordals",
                        "{\"ownershipVersionId\":" + version
                                + ",\"office\":\"CNIPA\",\"type\":\"EXCLUSIVE_LICENCE\",\"status\":\"TO_DO\"}"),
                "type",
                "recordal.type-subject");
        assertFieldError(admin.get("api/recordals"), "ipAssetId", "recordal.subject");
        String filedLate = "{\"office\":\"CNIPA\",\"type\":\"ASSIGNMENT\",\"status\":\"FILED\"}";
        assertProblem(admin.put("api/recordals/" + recordal, filedLate, null), 428);
        assertFieldError(
                admin.put("api/recordals/" + recordal, filedLate, "\"1\""), "filedDate", "recordal.date-status");

        // the sole owner's office hears of the warning, once
        String office = "tto-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + office
                                        + "\",\"password\":\"Harbour-Lights-2718\",\"role\":\"TTO\",\"institutionId\":"
                                        + hk + "}")
                        .status());
        Api hkOffice = new Api(base).as(office, "Harbour-Lights-2718");
        long items = await("a RECORDAL_WARNING item for the owner's office")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> recordalItems(hkOffice, recordal), n -> n > 0);
        assertEquals(1, items, "a RECORDAL_WARNING item for the owner's office");

        // an office whose institution is no party may read the public asset's recordals but not write them
        String stranger = "tto-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post(
                "api/accounts",
                "{\"username\":\"" + stranger
                        + "\",\"password\":\"Harbour-Lights-2718\",\"role\":\"TTO\",\"institutionId\":" + third + "}");
        Api thirdOffice = new Api(base).as(stranger, "Harbour-Lights-2718");
        assertEquals(200, thirdOffice.get("api/recordals/" + recordal).status());
        assertProblem(
                thirdOffice.put(
                        "api/recordals/" + recordal,
                        "{\"office\":\"CNIPA\",\"type\":\"ASSIGNMENT\",\"status\":\"TO_DO\"}",
                        "\"1\""),
                403);

        Api.Reply recorded = hkOffice.put(
                "api/recordals/" + recordal,
                "{\"office\":\"CNIPA\",\"type\":\"ASSIGNMENT\",\"status\":\"RECORDED\",\"filedDate\":\"2026-01-10\","
                        + "\"reference\":\"2026-ZL-0042\",\"recordedDate\":\"2026-02-02\"}",
                "\"1\"");
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals("\"2\"", recorded.etag());
        assertEquals(0, recorded.json().getJsonArray("warnings").size());
        assertEquals(1, recordalItems(hkOffice, recordal), "told once");
        assertEquals(204, hkOffice.delete("api/recordals/" + recordal, "\"2\"").status());
        assertProblem(admin.get("api/recordals/" + recordal), 404);
    }

    private static long recordalItems(Api office, long recordal) {
        return office.get("api/inbox?size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals("RECORDAL_WARNING")
                        && o.getJsonNumber("subjectId").longValue() == recordal)
                .count();
    }

    @Test
    void investorsMayReadButNotWrite() {
        long id = created(admin.post("api/ip-assets", asset("[]")));
        String investor = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + investor
                                        + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"INVESTOR\"}")
                        .status());
        Api inv = new Api(base).as(investor, "Lotus-Pond-2718");
        assertProblem(
                inv.put(
                        "api/ip-assets/" + id + "/ownership",
                        shares("2026-01-01", new long[] {hk}, new int[] {10000}),
                        "\"0\""),
                403);
        assertProblem(inv.post("api/ip-assets", asset("[]")), 403);
        assertProblem(new Api(base).get("api/ip-assets/" + id), 401);
    }

    @Test
    void investorTextsInThreeLanguagesAndTheIpStatusTheFilingsGive() {
        String body = asset("[]")
                .replace(
                        "\"publicSummary\":\"A soft gripper for biological sample tubes, licensable non-exclusively.\",",
                        """
                "publicSummary":{"en":"A soft gripper.","zhHant":"軟夾爪。"},
                "problemSolved":{"en":"Robots break fragile tubes.","zhHans":"机器人会弄破易碎的样本管。"},
                "advantages":{"zhHant":"比硬夾爪更溫和。"},
                "applications":{"en":"Hospital laboratories."},
                """)
                .replace("\"filings\":[", """
                "filings":[{"jurisdiction":"HK","applicationNumber":"HK1234567","grantNumber":"HK1234567B","filingDate":"2025-01-02",
                 "grantDate":"2025-11-02","status":"GRANTED"},{"jurisdiction":"US","applicationNumber":"US18/123456","status":"PLANNED"},
                """);
        long id = created(admin.post("api/ip-assets", body));
        JsonObject a = admin.get("api/ip-assets/" + id).json();
        assertEquals("軟夾爪。", a.getJsonObject("publicSummary").getString("zhHant"));
        assertFalse(a.getJsonObject("publicSummary").containsKey("zhHans"));
        assertEquals("机器人会弄破易碎的样本管。", a.getJsonObject("problemSolved").getString("zhHans"));
        assertEquals("比硬夾爪更溫和。", a.getJsonObject("advantages").getString("zhHant"));
        assertEquals("Hospital laboratories.", a.getJsonObject("applications").getString("en"));
        JsonObject status = a.getJsonObject("ipStatus");
        assertEquals("GRANTED", status.getString("state"));
        assertEquals(List.of("HK"), status.getJsonArray("granted").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("granted in HK; pending in CN; planned in US", status.getString("text"));

        Api.Reply old = admin.post(
                "api/ip-assets",
                asset("[]")
                        .replace(
                                "A soft gripper for biological sample tubes, licensable non-exclusively.",
                                "用於生物樣本管的軟夾爪，可作非獨家許可。"));
        JsonObject traditional =
                admin.get("api/ip-assets/" + created(old)).json().getJsonObject("publicSummary");
        assertEquals(
                "用於生物樣本管的軟夾爪，可作非獨家許可。",
                traditional.getString("zhHant"),
                "one string of an earlier client: by its script");
        assertFalse(traditional.containsKey("en"));

        String withIpStatus =
                body.replace("\"readinessLevel\"", "\"ipStatus\":{\"state\":\"GRANTED\"},\"readinessLevel\"");
        assertProblem(admin.post("api/ip-assets", withIpStatus), 400);
        assertFieldError(
                admin.post("api/ip-assets", body.replace("Hospital laboratories.", "x".repeat(2001))),
                "applications.en");
        assertFieldError(
                admin.post(
                        "api/ip-assets",
                        body.replace(
                                "\"publicSummary\":{\"en\":\"A soft gripper.\",\"zhHant\":\"軟夾爪。\"}",
                                "\"publicSummary\":{\"en\":\" \"}")),
                "publicSummary");
        assertProblem(
                admin.post(
                        "api/ip-assets", body.replace("\"zhHant\":\"軟夾爪。\"", "\"zhHant\":\"軟夾爪。\",\"fr\":\"Pince\"")),
                400);
        assertProblem(
                admin.post("api/ip-assets", body.replace("{\"en\":\"A soft gripper.\",\"zhHant\":\"軟夾爪。\"}", "42")),
                400);
        assertEquals(
                2,
                admin.get("api/ip-assets?projectId=" + project).json().getInt("total"),
                "no refused request created an asset");
    }

    @Test
    void filingsDocketDataGiveDeadlinesThatOfficesMarkDoneAndExport() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long id = created(admin.post("api/ip-assets", asset("[]").replace("\"PUBLIC\"", "\"CONSORTIUM\"")));
        assertEquals(
                200,
                admin.recordOwnership(id, shares("2026-01-01", new long[] {hk}, new int[] {10000}), "\"0\"")
                        .status());
        String cn = "CN2026" + suffix.substring(0, 6).toUpperCase();
        String pct = "PCT/CN2027/" + suffix.substring(0, 6);
        String filings = """
                "filings":[
                 {"jurisdiction":"CN","applicationNumber":"%s","filingDate":"2026-02-01","status":"PUBLISHED",
                  "publicationNumber":"CN1180%s","publicationDate":"2026-08-01"},
                 {"jurisdiction":"HK","applicationNumber":"HK-R-%s","status":"PLANNED","hkKind":"STANDARD_R",
                  "designatedOffice":"CN","designatedApplicationNumber":"%s"},
                 {"jurisdiction":"PCT","applicationNumber":"%s","filingDate":"%s","status":"FILED",
                  "priorities":[{"office":"CN","number":"%s","date":"2026-02-01"}]}]""";
        String body = asset("[]").replace("\"PUBLIC\"", "\"CONSORTIUM\"");
        String before = body.substring(0, body.indexOf("\"filings\""));
        String after = body.substring(body.indexOf("\"inventors\""));
        String etag = admin.get("api/ip-assets/" + id).etag();
        // a Paris priority claimed 12 months and a day later is refused, with the last day in the problem
        Api.Reply late = admin.put(
                "api/ip-assets/" + id,
                before + filings.formatted(cn, suffix, suffix, cn, pct, "2027-02-02", cn) + "," + after,
                etag);
        assertFieldError(late, "filings[2].priorities[0].date", "filing.priority-late", Map.of("limit", "2027-02-01"));
        Api.Reply ok = admin.put(
                "api/ip-assets/" + id,
                before + filings.formatted(cn, suffix, suffix, cn, pct, "2027-02-01", cn) + "," + after,
                etag);
        assertEquals(200, ok.status(), ok::toString);
        JsonObject hkFiling = ok.json().getJsonArray("filings").getJsonObject(1);
        assertEquals("STANDARD_R", hkFiling.getString("hkKind"));
        assertEquals(cn, hkFiling.getString("designatedApplicationNumber"));

        // 1 Feb 2026 + 12 months; the CN publication of 1 Aug 2026 + 6 months (Cap. 514 s.17(2))
        List<JsonObject> deadlines = admin.get("api/ip-assets/" + id + "/deadlines").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .toList();
        JsonObject paris = byRule(deadlines, "paris-priority");
        assertEquals("2027-02-01", paris.getString("dueDate"));
        assertEquals("2027-02-01", byRule(deadlines, "hk-r-record").getString("dueDate"));
        assertEquals("2028-08-01", byRule(deadlines, "pct-national-phase").getString("dueDate"));

        String tto = "tto-dk-" + suffix;
        String other = "tto-dx-" + suffix;
        admin.post(
                "api/accounts",
                "{\"username\":\"" + tto + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"TTO\",\"institutionId\":"
                        + hk + "}");
        admin.post(
                "api/accounts",
                "{\"username\":\"" + other + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"TTO\",\"institutionId\":"
                        + third + "}");
        Api office = new Api(base).as(tto, "Lotus-Pond-2718");
        Api stranger = new Api(base).as(other, "Lotus-Pond-2718");
        assertFieldError(
                office.post(
                        "api/ip-assets/" + id + "/deadlines/done",
                        "{\"key\":\"" + paris.getString("key") + "\",\"producedFiling\":\"NOPE-1\"}"),
                "producedFiling",
                "docket.filing-unknown");
        Api.Reply done = office.post(
                "api/ip-assets/" + id + "/deadlines/done",
                "{\"key\":\"" + paris.getString("key") + "\",\"producedFiling\":\"" + pct + "\"}");
        assertEquals(200, done.status(), done::toString);
        assertEquals("DONE", done.json().getString("status"));
        assertEquals(pct, done.json().getJsonObject("done").getString("producedFiling"));
        assertTrue(
                admin.get("api/audit?entityKind=docket-mark&entityId=" + id)
                        .body()
                        .contains(pct),
                "the mark is audited");

        // the office's docket, its calendar and CSV; another office sees none of the confidential asset's deadlines
        String window = "from=2027-01-01&to=2027-03-31";
        List<String> keys = office.get("api/deadlines?" + window).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("key"))
                .toList();
        assertTrue(keys.contains(paris.getString("key")), keys::toString);
        String ics = office.get("api/deadlines/calendar?lang=zh-Hant&" + window).body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270201"), ics);
        assertEquals(keys.size(), ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.replace("\r\n ", "").contains("記錄請求"), "the summary in Traditional Chinese (unfolded)");
        String csv = office.get("api/deadlines/csv?" + window).body();
        assertTrue(csv.startsWith("\uFEFFdueDate,status,ipAssetId"), csv);
        assertTrue(csv.contains(pct), csv);
        assertProblem(stranger.get("api/ip-assets/" + id + "/deadlines"), 404);
        assertTrue(stranger.get("api/deadlines?" + window).body().equals("[]"));
        assertProblem(stranger.get("api/deadlines?institutionId=" + hk), 403);
        assertFieldError(admin.get("api/deadlines"), "institutionId");

        Api.Reply undone = office.send(
                "DELETE",
                "api/ip-assets/" + id + "/deadlines/done?key="
                        + java.net.URLEncoder.encode(paris.getString("key"), java.nio.charset.StandardCharsets.UTF_8),
                null,
                Map.of());
        assertEquals(200, undone.status(), undone::toString);
        assertEquals("OPEN", undone.json().getString("status"));
    }

    private static JsonObject byRule(List<JsonObject> deadlines, String rule) {
        return deadlines.stream()
                .filter(d -> d.getString("rule").equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + deadlines));
    }
}
