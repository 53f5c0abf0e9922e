package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
class ProjectApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private long hk;
    private long mainland;
    private long hkPerson;
    private long mainlandPerson;

    @BeforeEach
    void world() {
        Fixture world = Fixture.on(base)
                .institution("hk", "HK", "HK")
                .institution("mainland", "MAINLAND", "CN")
                .person("hkPerson", "Chan Tai Man", null, "hk")
                .person("mainlandPerson", "Li Wei", "李伟", "mainland");
        admin = world.admin();
        hk = world.id("hk");
        mainland = world.id("mainland");
        hkPerson = world.id("hkPerson");
        mainlandPerson = world.id("mainlandPerson");
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String code() {
        return "HT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private JsonObject project(String code) {
        return parse("""
                {"code":"%s","title":{"en":"AI-assisted diagnosis cohort","zhHant":"人工智慧輔助診斷","zhHans":"人工智能辅助诊断"},
                 "abstract":{"en":"A fictional joint study."},"keywords":["cohort study","imaging"],
                 "sectors":["LIFE_HEALTH","ARTIFICIAL_INTELLIGENCE"],"site":"BOTH","status":"ACTIVE",
                 "startDate":"2025-03-01","endDate":"2027-02-28","confidentiality":"CONSORTIUM",
                 "participants":[{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}],
                 "funding":[{"funder":"Innovation and Technology Commission","programme":"ITF","awardId":"MHP/001/25","amount":4500000.00,"currency":"HKD"},
                            {"funder":"Shenzhen Science and Technology Innovation Commission","amount":2000000,"currency":"CNY"}]}
                """.formatted(code, hk, mainland)).asJsonObject();
    }

    private JsonObject staff(long personId, String park, String whiteList) {
        return parse("""
                {"personId":%d,"role":"POSTDOC","ftePercent":100,"startDate":"2025-03-01","endDate":"2026-02-28","park":"%s"%s}
                """.formatted(personId, park, whiteList == null ? "" : ",\"whiteList\":" + whiteList))
                .asJsonObject();
    }

    private static final String APPROVED =
            "{\"status\":\"APPROVED\",\"validFrom\":\"2025-01-01\",\"validUntil\":\"2026-12-31\"}";

    private static String with(JsonObject o, String key, JsonValue value) {
        return Json.createObjectBuilder(o).add(key, value).build().toString();
    }

    private static String with(JsonObject o, String key, String json) {
        return with(o, key, parse(json));
    }

    private static String with(String o, String key, String json) {
        return with(parse(o).asJsonObject(), key, json);
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    private static JsonArray array(JsonObject... items) {
        var b = Json.createArrayBuilder();
        for (JsonObject i : items) {
            b.add(i);
        }
        return b.build();
    }

    private long count(String code) {
        Api.Reply r = admin.get("api/projects?q=" + code);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void createsReadsUpdatesAndDeletesAProjectWithItsStaff() {
        String code = code();
        Api.Reply created = admin.post(
                "api/projects",
                with(
                        project(code),
                        "staffing",
                        array(staff(mainlandPerson, "HK_PARK", APPROVED), staff(hkPerson, "SHENZHEN_PARK", null))));
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        assertEquals("\"1\"", created.etag());
        long id = created.id();
        JsonArray staffing = created.json().getJsonArray("staffing");
        assertEquals(2, staffing.size());
        long approvedLine = staffing.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(
                "APPROVED", staffing.getJsonObject(0).getJsonObject("whiteList").getString("status"));

        Api.Reply read = admin.get("api/projects/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals("\"1\"", read.etag());
        JsonObject body = read.json();
        assertEquals(code, body.getString("code"));
        assertEquals("人工智能辅助诊断", body.getJsonObject("title").getString("zhHans"));
        assertEquals("A fictional joint study.", body.getJsonObject("abstract").getString("en"));
        assertEquals("LEAD", body.getJsonArray("participants").getJsonObject(0).getString("role"));
        assertEquals(
                hk,
                body.getJsonArray("participants")
                        .getJsonObject(0)
                        .getJsonNumber("institutionId")
                        .longValue());
        assertEquals(
                "4500000.00",
                body.getJsonArray("funding")
                        .getJsonObject(0)
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .toPlainString());
        assertEquals(
                2,
                admin.get("api/projects/" + id + "/staffing")
                        .structure()
                        .asJsonArray()
                        .size());

        // the lead moves to the mainland institution, the HK one becomes a funder
        String changed = with(project(code), "participants", """
                [{"institutionId":%d,"role":"FUNDER"},{"institutionId":%d,"role":"LEAD"}]""".formatted(hk, mainland));
        assertProblem(admin.put("api/projects/" + id, changed, null), 428, "precondition-required");
        assertFieldError(
                admin.put("api/projects/" + id, with(parse(changed).asJsonObject(), "staffing", array()), read.etag()),
                "staffing");
        Api.Reply updated = admin.put("api/projects/" + id, changed, read.etag());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("\"2\"", updated.etag());
        assertEquals(
                mainland,
                updated.json()
                        .getJsonArray("participants")
                        .getJsonObject(0)
                        .getJsonNumber("institutionId")
                        .longValue());
        assertProblem(admin.put("api/projects/" + id, changed, read.etag()), 412, "version-mismatch");

        // a staffing line has its own version; changing it changes the project's too
        String line = "api/projects/" + id + "/staffing/" + approvedLine;
        Api.Reply staffRead = admin.get(line);
        assertEquals("\"1\"", staffRead.etag(), staffRead::toString);
        String part = Json.createObjectBuilder(staff(mainlandPerson, "HK_PARK", null))
                .add("ftePercent", 40)
                .add("whiteList", parse(APPROVED))
                .build()
                .toString();
        assertProblem(admin.put(line, part, null), 428);
        Api.Reply staffUpdated = admin.put(line, part, staffRead.etag());
        assertEquals(200, staffUpdated.status(), staffUpdated::toString);
        assertEquals("\"2\"", staffUpdated.etag());
        assertEquals(40, staffUpdated.json().getInt("ftePercent"));
        assertProblem(admin.put(line, part, staffRead.etag()), 412);
        assertEquals("\"3\"", admin.get("api/projects/" + id).etag());

        Api.Reply added = admin.post(
                "api/projects/" + id + "/staffing",
                staff(hkPerson, "HK_PARK", null).toString());
        assertEquals(201, added.status(), added::toString);
        String addedLine = "api/projects/" + id + "/staffing/" + added.id();
        assertProblem(admin.delete(addedLine, null), 428);
        assertEquals(204, admin.delete(addedLine, added.etag()).status());
        assertProblem(admin.get(addedLine), 404);

        // a staffing line is found only under its own project
        long other = created(admin.post("api/projects", project(code()).toString()));
        assertProblem(admin.get("api/projects/" + other + "/staffing/" + approvedLine), 404);
        assertProblem(admin.put("api/projects/" + other + "/staffing/" + approvedLine, part, staffUpdated.etag()), 404);

        Api.Reply current = admin.get("api/projects/" + id);
        assertProblem(admin.delete("api/projects/" + id, updated.etag()), 412);
        assertEquals(204, admin.delete("api/projects/" + id, current.etag()).status());
        assertProblem(admin.get("api/projects/" + id), 404);
        assertProblem(admin.get(line), 404);
    }

    @Test
    void listsAreFilteredPagedAndSorted() {
        String prefix = "HT-" + unique();
        assertEquals(
                201,
                admin.post("api/projects", project(prefix + "-1").toString()).status());
        assertEquals(
                201,
                admin.post("api/projects", with(project(prefix + "-2"), "sectors", "[\"ROBOTICS\"]"))
                        .status());
        String old = with(with(project(prefix + "-3"), "startDate", "\"2019-01-01\""), "endDate", "\"2020-06-30\"");
        assertEquals(
                201,
                admin.post("api/projects", with(old, "status", "\"COMPLETED\"")).status());

        Api.Reply page = admin.get("api/projects?q=" + prefix + "&size=2&sort=-code");
        assertEquals(200, page.status(), page::toString);
        assertEquals(3, page.json().getInt("total"));
        assertEquals(2, page.json().getJsonArray("items").size());
        JsonObject first = page.json().getJsonArray("items").getJsonObject(0);
        assertEquals(prefix + "-3", first.getString("code"));
        assertFalse(first.containsKey("staffing"));
        assertEquals(
                1,
                admin.get("api/projects?q=" + prefix + "&sector=robotics")
                        .json()
                        .getInt("total"));
        assertEquals(
                1, admin.get("api/projects?q=" + prefix + "&year=2020").json().getInt("total"));
        assertEquals(
                1,
                admin.get("api/projects?q=" + prefix + "&status=COMPLETED")
                        .json()
                        .getInt("total"));
        assertEquals(
                3,
                admin.get("api/projects?q=" + prefix + "&institutionId=" + mainland + "&site=BOTH")
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                admin.get("api/projects?q=" + prefix + "&institutionId=" + hkPerson)
                        .json()
                        .getInt("total"));

        assertProblem(admin.get("api/projects?status=DONE"), 400);
        assertProblem(admin.get("api/projects?sector=CASTLES"), 400);
        assertProblem(admin.get("api/projects?confidentiality=SECRET"), 400);
        assertProblem(admin.get("api/projects?sort=abstract"), 400);
        assertProblem(admin.get("api/projects?year=abc"), 400);
        assertProblem(admin.get("api/projects?year=99999"), 400);
        assertProblem(admin.get("api/projects?institutionId=x"), 400);
    }

    @Test
    void badInputIsAClearClientErrorAndLeavesNothingBehind() {
        String code = code();
        JsonObject good = project(code);
        assertProblem(admin.post("api/projects", "{\"code\":"), 400);
        assertProblem(admin.post("api/projects", good.toString().replace("\"BOTH\"", "\"MOON\"")), 400);
        assertProblem(admin.post("api/projects", good.toString().replace("\"PARTNER\"", "\"BOSS\"")), 400);
        assertProblem(
                admin.post("api/projects", good.toString().replace("\"startDate\":\"2025-03-01\"", "\"startDate\":42")),
                400);
        assertProblem(
                admin.post(
                        "api/projects",
                        good.toString().replace("\"startDate\":\"2025-03-01\"", "\"startDate\":\"2025-13-01\"")),
                400);
        assertProblem(
                admin.post(
                        "api/projects",
                        good.toString().replace("\"institutionId\":" + hk, "\"institutionId\":\"abc\"")),
                400);
        assertProblem(admin.post("api/projects", with(good, "surprise", "1")), 400);
        assertProblem(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(Json.createObjectBuilder(staff(hkPerson, "HK_PARK", null))
                                        .add("ftePercent", "all")
                                        .build()))),
                400);

        assertFieldError(admin.post("api/projects", with(good, "startDate", "null")), "startDate", "required");
        assertFieldError(
                admin.post("api/projects", with(good, "code", "\"" + "X".repeat(40) + "\"")),
                "code",
                "length",
                java.util.Map.of("max", 32));
        assertFieldError(admin.post("api/projects", with(good, "code", "\"ht 2025\"")), "code", "project.code-format");
        assertFieldError(
                admin.post("api/projects", with(good, "title", "{\"en\":\"" + "t".repeat(501) + "\"}")),
                "title.en",
                "length",
                java.util.Map.of("max", 500));
        assertFieldError(
                admin.post("api/projects", with(good, "keywords", "[\"" + "k".repeat(101) + "\"]")), "keywords[0]");
        assertFieldError(
                admin.post("api/projects", with(good, "endDate", "\"2025-02-28\"")),
                "endDate",
                "date.order",
                java.util.Map.of("after", "startDate", "min", "2025-03-01"));
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(good, "funding", "[{\"funder\":\"F\",\"amount\":1,\"currency\":\"ABC\"}]")),
                "funding[0].currency");
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(good, "funding", "[{\"funder\":\"F\",\"amount\":1.005,\"currency\":\"HKD\"}]")),
                "funding[0].amount",
                "amount.decimals",
                java.util.Map.of("max", 2));
        assertFieldError(
                admin.post("api/projects", with(good, "participants", """
                [{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"LEAD"}]""".formatted(hk, mainland))),
                "participants[1].role");
        assertFieldError(
                admin.post("api/projects", with(good, "participants", """
                [{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}]""".formatted(hk, hk))),
                "participants[1].institutionId");
        assertFieldError(
                admin.post("api/projects", with(good, "participants", """
                [{"institutionId":%d,"role":"LEAD"},{"institutionId":999999999,"role":"PARTNER"}]""".formatted(hk))),
                "participants[1].institutionId");
        assertFieldError(
                admin.post("api/projects", with(good, "participants", """
                [{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}]""".formatted(hk, hkPerson))),
                "participants[1].institutionId");
        assertFieldError(
                admin.post("api/projects", with(good, "staffing", array(staff(mainland, "HK_PARK", null)))),
                "staffing[0].personId");
        assertFieldError(
                admin.post("api/projects", with(good, "staffing", array(staff(999999999, "HK_PARK", null)))),
                "staffing[0].personId");
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(Json.createObjectBuilder(staff(hkPerson, "HK_PARK", null))
                                        .add("ftePercent", 0)
                                        .build()))),
                "staffing[0].ftePercent");
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(Json.createObjectBuilder(staff(hkPerson, "HK_PARK", null))
                                        .add("endDate", "2025-01-01")
                                        .build()))),
                "staffing[0].endDate");
        // the first line is fine, the second is mainland staff in the HK park without a white-list status
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(staff(hkPerson, "HK_PARK", null), staff(mainlandPerson, "HK_PARK", null)))),
                "staffing[1].whiteList.status");
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(staff(
                                        mainlandPerson,
                                        "HK_PARK",
                                        "{\"status\":\"APPROVED\",\"validFrom\":\"2025-01-01\"}")))),
                "staffing[0].whiteList.validUntil");
        // an EXPIRED registration, or an APPROVED one that ended before the staffing started, lets no one cross
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(
                                        staff(
                                                mainlandPerson,
                                                "HK_PARK",
                                                "{\"status\":\"EXPIRED\",\"validFrom\":\"2025-01-01\",\"validUntil\":\"2026-12-31\"}")))),
                "staffing[0].whiteList.status",
                "white-list.not-approved",
                Map.of("status", "EXPIRED"));
        assertFieldError(
                admin.post(
                        "api/projects",
                        with(
                                good,
                                "staffing",
                                array(
                                        staff(
                                                mainlandPerson,
                                                "HK_PARK",
                                                "{\"status\":\"APPROVED\",\"validFrom\":\"2020-01-01\",\"validUntil\":\"2020-12-31\"}")))),
                "staffing[0].whiteList.validUntil",
                "white-list.period-not-covered",
                Map.of("endDate", "2026-02-28"));

        assertEquals(0, count(code), "no failed request may leave a project behind");
        long id = created(admin.post(
                "api/projects", with(good, "staffing", array(staff(mainlandPerson, "SHENZHEN_PARK", null)))));
        assertProblem(admin.post("api/projects", good.toString()), 409, "conflict.project-code");
        assertEquals(1, count(code));

        String staffing = "api/projects/" + id + "/staffing";
        assertFieldError(
                admin.post(staffing, staff(mainlandPerson, "HK_PARK", null).toString()), "whiteList.status");
        assertFieldError(admin.post(staffing, staff(hk, "HK_PARK", null).toString()), "personId");
        assertFieldError(
                admin.post(
                        staffing,
                        Json.createObjectBuilder(staff(hkPerson, "HK_PARK", null))
                                .add("ftePercent", 101)
                                .build()
                                .toString()),
                "ftePercent");
        assertProblem(
                admin.post(staffing, staff(hkPerson, "HK_PARK", null).toString().replace("POSTDOC", "WIZARD")), 400);
        assertEquals(1, admin.get(staffing).structure().asJsonArray().size());
        assertEquals(
                "\"1\"",
                admin.get("api/projects/" + id).etag(),
                "failed staffing changes leave the project's version alone");

        assertProblem(admin.get("api/projects/abc"), 404);
        assertProblem(admin.get("api/projects/999999999"), 404);
        assertProblem(admin.get("api/projects/" + hk), 404);
        assertProblem(admin.get("api/projects/999999999/staffing"), 404);
        assertProblem(
                admin.post(
                        "api/projects/999999999/staffing",
                        staff(hkPerson, "HK_PARK", null).toString()),
                404);
    }

    @Test
    void listsWhoCrossesIntoTheHongKongParkAndWarnsTheOfficeBeforeTheRegistrationEnds() throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Hong_Kong"));
        JsonObject line = Json.createObjectBuilder(staff(mainlandPerson, "HK_PARK", null))
                .add("startDate", today.minusDays(10).toString())
                .remove("endDate")
                .add(
                        "whiteList",
                        Json.createObjectBuilder()
                                .add("status", "APPROVED")
                                .add("validFrom", today.minusDays(10).toString())
                                .add("validUntil", today.plusDays(20).toString()))
                .build();
        Api.Reply created = admin.post(
                "api/projects", with(project(code()), "staffing", array(line, staff(hkPerson, "HK_PARK", null))));
        assertEquals(201, created.status(), created::toString);
        long project = created.id();
        long staffing = created.json()
                .getJsonArray("staffing")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Api.Reply list = admin.get("api/crossings?institutionId=" + mainland);
        assertEquals(200, list.status(), list::toString);
        JsonArray crossings = list.structure().asJsonArray();
        assertEquals(1, crossings.size(), list::toString);
        JsonObject li = crossings.getJsonObject(0);
        assertEquals(staffing, li.getJsonNumber("staffingId").longValue());
        assertEquals("Li Wei", li.getString("nameEn"));
        assertEquals(project, li.getJsonNumber("projectId").longValue());
        assertEquals(true, li.getBoolean("covered"));
        assertEquals(
                0,
                admin.get("api/crossings?institutionId=" + hk)
                        .structure()
                        .asJsonArray()
                        .size(),
                "staff of Hong Kong institutions do not cross");
        JsonObject later = admin.get("api/crossings?institutionId=" + mainland + "&date=" + today.plusDays(21))
                .structure()
                .asJsonArray()
                .getJsonObject(0);
        assertEquals(false, later.getBoolean("covered"), "the registration has ended by then");
        assertEquals(
                0,
                admin.get("api/crossings?institutionId=" + mainland + "&date=" + today.minusDays(11))
                        .structure()
                        .asJsonArray()
                        .size());
        assertFieldError(admin.get("api/crossings?date=7.12.2026"), "date", "date.format");

        Api.Download csv = admin.download("api/crossings/export?institutionId=" + mainland);
        assertEquals(200, csv.status(), csv::toString);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFdate,institution,"), text);
        assertTrue(text.contains(",Li Wei,李伟,"), text);

        // the office of the employing institution hears of the end, once
        JsonObject warned = await("a WHITE_LIST_EXPIRING item in the office's inbox")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> whiteListWarning(project), Objects::nonNull);
        assertEquals("project", warned.getString("subjectKind"));
        assertEquals("/api/projects/" + project, warned.getString("href"));
        assertTrue(!warned.containsKey("ipAssetId") || warned.isNull("ipAssetId"), warned::toString);
        assertTrue(warned.getString("note").contains("Li Wei"), warned::toString);
        assertTrue(warned.getString("note").contains(today.plusDays(20).toString()), warned::toString);
        // two more checks (every 5 s): the office is told once, and at no time twice
        await("the office is told once")
                .during(Duration.ofSeconds(11))
                .atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                admin
                                        .get("api/inbox?size=200&institutionId=" + mainland)
                                        .json()
                                        .getJsonArray("items")
                                        .stream()
                                        .filter(v -> v.asJsonObject()
                                                .getString("kind")
                                                .equals("WHITE_LIST_EXPIRING"))
                                        .count(),
                        n -> n == 1);
    }

    private JsonObject whiteListWarning(long project) {
        Api.Reply r = admin.get("api/inbox?size=200&institutionId=" + mainland);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("kind").equals("WHITE_LIST_EXPIRING")
                        && o.getJsonNumber("subjectId").longValue() == project)
                .findFirst()
                .orElse(null);
    }

    @Test
    void callersNeedATokenAndTheRightRole() {
        Api anonymous = new Api(base);
        long id = created(admin.post("api/projects", project(code()).toString()));
        assertProblem(anonymous.get("api/projects"), 401, "unauthenticated");
        assertProblem(anonymous.get("api/projects/" + id), 401);
        assertProblem(anonymous.post("api/projects", project(code()).toString()), 401);
        assertProblem(anonymous.get("api/projects/" + id + "/staffing"), 401);

        String investor = "inv-" + unique().toLowerCase();
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + investor
                                        + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"INVESTOR\"}")
                        .status());
        Api inv = anonymous.as(investor, "Lotus-Pond-2718");
        assertProblem(inv.get("api/projects/" + id), 404);
        long publicId = created(admin.post("api/projects", with(project(code()), "confidentiality", "\"PUBLIC\"")));
        Api.Reply read = inv.get("api/projects/" + publicId);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.json().containsKey("funding"), "an investor sees no funding terms");
        assertFalse(read.json().containsKey("staffing"), "an investor sees no staff");
        assertProblem(inv.get("api/projects/" + publicId + "/staffing"), 403);
        id = publicId;
        String code = code();
        assertProblem(inv.post("api/projects", project(code).toString()), 403);
        assertProblem(inv.put("api/projects/" + id, project(code).toString(), read.etag()), 403);
        assertProblem(inv.delete("api/projects/" + id, read.etag()), 403);
        assertProblem(
                inv.post(
                        "api/projects/" + id + "/staffing",
                        staff(hkPerson, "HK_PARK", null).toString()),
                403);
        assertEquals(0, count(code));
        assertEquals("\"1\"", admin.get("api/projects/" + id).etag());
    }
}
