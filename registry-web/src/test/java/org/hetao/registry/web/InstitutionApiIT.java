package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.UUID;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InstitutionApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static String institution(String shortName, String ror) {
        return """
                {"shortName":"%s","name":{"en":"Test University %s","zhHant":"測試大學","zhHans":"测试大学"},
                 "kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"%s}
                """.formatted(shortName, shortName, ror == null ? "" : ",\"rorId\":\"" + ror + "\"");
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void adminCreatesReadsUpdatesAndDeletesAnInstitution() {
        Api admin = new Api(base).asAdmin();
        String name = unique();
        Api.Reply created = admin.post("api/institutions", institution(name, null));
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        long id = created.id();

        Api.Reply read = admin.get("api/institutions/" + id);
        assertEquals(200, read.status());
        assertEquals("\"1\"", read.etag());
        assertEquals("測試大學", read.json().getJsonObject("name").getString("zhHant"));

        Api.Reply missingIfMatch = admin.put("api/institutions/" + id, institution(name, null), null);
        assertProblem(missingIfMatch, 428);

        Api.Reply updated = admin.put("api/institutions/" + id, institution(name, "02zhqgq86"), read.etag());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("\"2\"", updated.etag());
        assertEquals("02zhqgq86", updated.json().getString("rorId"));

        Api.Reply stale = admin.put("api/institutions/" + id, institution(name, null), read.etag());
        assertProblem(stale, 412);

        assertProblem(admin.delete("api/institutions/" + id, read.etag()), 412);
        assertEquals(204, admin.delete("api/institutions/" + id, updated.etag()).status());
        assertProblem(admin.get("api/institutions/" + id), 404);
    }

    @Test
    void listsArePagedSortedAndFiltered() {
        Api admin = new Api(base).asAdmin();
        String prefix = unique();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    201,
                    admin.post("api/institutions", institution(prefix + i, null))
                            .status());
        }
        Api.Reply page = admin.get("api/institutions?q=" + prefix + "&size=2&sort=-shortName");
        assertEquals(200, page.status(), page::toString);
        assertEquals(3, page.json().getInt("total"));
        assertEquals(2, page.json().getJsonArray("items").size());
        assertEquals(
                prefix + "2", page.json().getJsonArray("items").getJsonObject(0).getString("shortName"));
        assertProblem(admin.get("api/institutions?sort=password"), 400);
        assertProblem(admin.get("api/institutions?kind=CASTLE"), 400);
        assertProblem(admin.get("api/institutions?size=100000"), 400);
    }

    @Test
    void badInputIsAClearClientError() {
        Api admin = new Api(base).asAdmin();
        assertProblem(admin.post("api/institutions", "{not json"), 400);
        assertProblem(
                admin.post("api/institutions", institution(unique(), null).replace("\"UNIVERSITY\"", "\"CASTLE\"")),
                400);
        assertProblem(
                admin.post(
                        "api/institutions", institution(unique(), null).replace("\"HK\"}", "\"HK\",\"surprise\":1}")),
                400);
        assertProblem(admin.post("api/institutions", institution(unique(), null).replace("\"UNIVERSITY\"", "42")), 400);
        assertFieldError(
                admin.post("api/institutions", institution("X".repeat(40), null)),
                "shortName",
                "length",
                java.util.Map.of("max", 32));
        assertFieldError(admin.post("api/institutions", institution(unique(), "02zhqgq87")), "rorId", "ror.checksum");
        assertFieldError(
                admin.post(
                        "api/institutions",
                        institution(unique(), null).replace("\"country\":\"HK\"", "\"country\":\"CN\"")),
                "country");
        assertProblem(admin.get("api/institutions/abc"), 404);
        assertProblem(admin.get("api/institutions/999999999"), 404);

        String name = unique();
        assertEquals(
                201, admin.post("api/institutions", institution(name, null)).status());
        assertProblem(admin.post("api/institutions", institution(name, null)), 409);
    }

    @Test
    void callersNeedATokenAndTheRightRole() {
        Api anonymous = new Api(base);
        assertProblem(anonymous.get("api/institutions"), 401);
        assertProblem(anonymous.withToken("forged").get("api/institutions"), 401);
        assertProblem(
                anonymous.post("api/auth/token", "{\"username\":\"admin\",\"password\":\"wrong-password\"}"), 401);
        assertProblem(
                anonymous.post("api/auth/token", "{\"username\":\"nobody\",\"password\":\"wrong-password\"}"), 401);

        Api admin = anonymous.asAdmin();
        String investor = "inv-" + unique().toLowerCase();
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + investor
                                        + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"INVESTOR\"}")
                        .status());
        Api inv = anonymous.as(investor, "Lotus-Pond-2718");
        assertEquals(200, inv.get("api/institutions").status());
        assertProblem(inv.post("api/institutions", institution(unique(), null)), 403);
        assertProblem(inv.get("api/accounts"), 403);

        assertEquals(204, inv.delete("api/auth/token", null).status());
        assertProblem(inv.get("api/institutions"), 401);
    }

    private static String contact(String office, String email, String phone, String webPage) {
        return "{\"office\":" + json(office) + ",\"email\":" + json(email) + ",\"phone\":" + json(phone)
                + ",\"webPage\":" + json(webPage) + "}";
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void theInstitutionsOwnOfficeAndAdministratorsKeepItsPublicContact() {
        Api admin = new Api(base).asAdmin();
        long own = admin.post("api/institutions", institution(unique(), null)).id();
        long other = admin.post("api/institutions", institution(unique(), null)).id();
        String tto = "tto-" + unique().toLowerCase();
        String otherTto = "tto-" + unique().toLowerCase();
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + tto + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"TTO\","
                                        + "\"institutionId\":" + own + "}")
                        .status());
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + otherTto + "\",\"password\":\"Lotus-Pond-2718\",\"role\":\"TTO\","
                                        + "\"institutionId\":" + other + "}")
                        .status());
        Api office = new Api(base).as(tto, "Lotus-Pond-2718");
        Api otherOffice = new Api(base).as(otherTto, "Lotus-Pond-2718");
        String path = "api/institutions/" + own + "/public-contact";
        String valid = contact(
                "Technology Transfer Office",
                "licensing@example.edu.hk",
                "+852 2358 6318",
                "https://tto.example.edu.hk/licensing");

        assertProblem(otherOffice.put(path, valid, "\"1\""), 403);
        assertProblem(office.put(path, valid, null), 428);
        Api.Reply published = office.put(path, valid, "\"1\"");
        assertEquals(200, published.status(), published::toString);
        assertEquals("\"2\"", published.etag());
        assertEquals(
                "licensing@example.edu.hk",
                published.json().getJsonObject("publicContact").getString("email"));
        assertEquals(
                "+852 2358 6318",
                admin.get("api/institutions/" + own)
                        .json()
                        .getJsonObject("publicContact")
                        .getString("phone"));
        assertProblem(office.put(path, valid, "\"1\""), 412);

        assertFieldError(office.put(path, contact("Office", "not-an-address", null, null), "\"2\""), "email");
        assertFieldError(office.put(path, contact(null, null, "call us", null), "\"2\""), "phone");
        assertFieldError(office.put(path, contact(null, null, null, "javascript:alert(1)"), "\"2\""), "webPage");
        assertFieldError(office.put(path, contact("Only a name", null, null, null), "\"2\""), "email");
        assertProblem(office.put(path, "{\"office\":\"x\",\"fax\":\"1\"}", "\"2\""), 400);
        assertEquals("\"2\"", admin.get("api/institutions/" + own).etag(), "no refused change wrote anything");

        Api.Reply changed = admin.put(path, contact(null, "tto@example.edu.hk", null, null), "\"2\"");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(false, changed.json().getJsonObject("publicContact").containsKey("office"));
        Api.Reply withdrawn = office.put(path, contact("", " ", null, ""), changed.etag());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals(false, withdrawn.json().containsKey("publicContact"), "all blank withdraws the contact");
        assertEquals(
                3,
                admin.get("api/audit?entityKind=institution&entityId=" + own)
                                .json()
                                .getInt("total")
                        - 1,
                "each change of the contact is audited (after the creation)");
        jakarta.json.JsonObject verified = admin.get("api/audit/verify").json();
        assertEquals(true, verified.getBoolean("intact"), verified::toString);
    }

    /**
     * Only an administrator changes an institution's aliases, with If-Match, every fault at once and
     * nothing written on a refusal; the change is audited, and a search finds the institution and its
     * project by the new name once the outbox has been drained.
     */
    @Test
    void administratorsGiveAnInstitutionAliasesThatSearchFinds() throws InterruptedException {
        Api admin = new Api(base).asAdmin();
        String name = unique();
        long id = admin.post("api/institutions", institution(name, null)).id();
        String code = "AL-" + name.substring(1, 7);
        long project = admin.post("api/projects", """
                {"code":"%s","title":{"en":"Alias project"},"site":"HK_PARK","status":"ACTIVE","startDate":"2025-01-01",
                 "confidentiality":"CONSORTIUM","participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(code, id)).id();
        String path = "api/institutions/" + id + "/aliases";
        String word = "qz" + name.substring(1).toLowerCase().replaceAll("[0-9]", "x");

        assertProblem(admin.put(path, "{\"aliases\":[\"測大\"]}", null), 428);
        Api.Reply refused =
                admin.put(path, "{\"aliases\":[\"測大\",\"測大\",\"" + name.toLowerCase() + "\",\"a;b\"]}", "\"1\"");
        assertFieldError(refused, "aliases[1]", "duplicate", java.util.Map.of("value", "測大"));
        assertFieldError(refused, "aliases[2]", "institution.alias-short-name");
        assertFieldError(refused, "aliases[3]", "institution.alias-format");
        assertProblem(admin.put(path, "{\"aliases\":\"測大\"}", "\"1\""), 400);
        assertEquals("\"1\"", admin.get("api/institutions/" + id).etag(), "no refused change wrote anything");

        Api.Reply changed = admin.put(path, "{\"aliases\":[\" 測大 \",\"" + word + "\"]}", "\"1\"");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("\"2\"", changed.etag());
        assertEquals(
                java.util.List.of("測大", word),
                changed.json().getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(
                1,
                admin.get("api/institutions?q=" + word).json().getInt("total"),
                "the list's text filter reads aliases");
        assertProblem(admin.put(path, "{\"aliases\":[]}", "\"1\""), 412);
        jakarta.json.JsonObject audit =
                admin.get("api/audit?entityKind=institution&entityId=" + id).json();
        assertEquals(true, audit.toString().contains(word), audit::toString);

        java.util.Set<Long> found = await("the institution and its project are found by the alias")
                .atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(
                        () -> admin.get("api/search?q=" + word).json().getJsonArray("hits").stream()
                                .map(h -> h.asJsonObject().getJsonNumber("id").longValue())
                                .collect(java.util.stream.Collectors.toSet()),
                        ids -> ids.containsAll(java.util.Set.of(id, project)));
        assertEquals(java.util.Set.of(id, project), found, "the institution and its project are found by the alias");

        assertEquals(200, admin.put(path, "{\"aliases\":[]}", "\"2\"").status());
        assertEquals(
                0,
                admin.get("api/institutions/" + id)
                        .json()
                        .getJsonArray("aliases")
                        .size());
    }
}
