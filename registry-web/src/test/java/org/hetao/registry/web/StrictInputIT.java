package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Nothing a client sends is coerced, guessed or half-read: wrong JSON types, duplicate keys, trailing
 * content, unpaired surrogates, dates out of range, malformed query parameters and weak If-Match tags
 * are refused with every fault named, and nothing is stored by a refused request.
 */
@ExtendWith(ArquillianExtension.class)
class StrictInputIT {
    private static final String PASSWORD = "Strict-Input-2718";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private String tag;
    private long hk;
    private long sz;

    @BeforeEach
    void world() {
        admin = new Api(base).asAdmin();
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        hk = created(admin.post("api/institutions", institution("SH" + tag, "HK", "HK")));
        sz = created(admin.post("api/institutions", institution("SZ" + tag, "MAINLAND", "CN")));
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static String institution(String shortName, String jurisdiction, String country) {
        return """
                {"shortName":"%s","name":{"en":"Strict input test"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(shortName, jurisdiction, country);
    }

    private String project(String code, String startDate, String staffing) {
        return """
                {"code":"%s","title":{"en":"Strict input"},"site":"BOTH","status":"ACTIVE","startDate":"%s","confidentiality":"PUBLIC",
                 "participants":[{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"}]%s}
                """.formatted(code, startDate, hk, sz, staffing == null ? "" : ",\"staffing\":" + staffing);
    }

    private long person() {
        return created(admin.post("api/people", "{\"nameEn\":\"Strict Person\",\"institutionId\":" + hk + "}"));
    }

    private int projects(String code) {
        return admin.get("api/projects?q=" + code).json().getInt("total");
    }

    private static Map<String, String> errors(Api.Reply r) {
        assertProblem(r, 400);
        assertFalse(
                r.body().contains("class ")
                        || r.body().contains("org.eclipse")
                        || r.body().contains("jakarta."),
                () -> "no Java internals: " + r);
        return r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject())
                .collect(Collectors.toMap(
                        e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }

    @Test
    void wrongJsonTypesAreRefusedTogetherNamingEachFieldAndNothingIsStored() {
        long person = person();
        String code = "ST-" + tag;
        String staffing =
                "[{\"personId\":%d,\"role\":\"POSTDOC\",\"ftePercent\":33.9,\"startDate\":\"2025-03-01\",\"park\":\"HK_PARK\"}]"
                        .formatted(person);
        String body = project(code, "2025-03-01", staffing)
                .replace("\"site\":\"BOTH\"", "\"site\":\"EVERYWHERE\"")
                .replace("\"role\":\"LEAD\"", "\"role\":true")
                .replace("\"institutionId\":" + sz, "\"institutionId\":\"" + sz + "\"");
        Map<String, String> errors = errors(admin.post("api/projects", body));
        assertTrue(errors.get("staffing[0].ftePercent").contains("whole number"), errors::toString);
        assertTrue(errors.get("site").contains("BOTH"), "an enum names its values: " + errors);
        assertTrue(errors.get("participants[0].role").contains("LEAD"), errors::toString);
        assertTrue(errors.get("participants[1].institutionId").contains("whole number"), errors::toString);
        assertEquals(0, projects(code), "nothing stored");

        Map<String, String> one =
                errors(admin.post("api/people", "{\"nameEn\":true,\"institutionId\":" + hk + ".5,\"email\":7}"));
        assertEquals(Set.of("nameEn", "institutionId", "email"), one.keySet(), "all three faults at once");
        long created = created(admin.post("api/projects", project(code, "2025-03-01", staffing.replace("33.9", "34"))));
        assertEquals(
                34,
                admin.get("api/projects/" + created + "/staffing")
                        .structure()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getInt("ftePercent"));
    }

    @Test
    void constraintsAndDomainRulesAreReportedTogether() {
        Map<String, String> errors = errors(admin.post("api/people", """
                {"nameEn":"%s","orcid":"0000-0002-1825-0098","institutionId":%d,"email":"not-an-address"}
                """.formatted("x".repeat(201), hk)));
        assertEquals(
                Set.of("nameEn", "orcid", "email"),
                errors.keySet(),
                "a constraint of the request and rules of the person at once");
        Map<String, String> projectErrors = errors(admin.post(
                "api/projects",
                project("1bad", "2025-03-01", null).replace("\"title\":{\"en\":\"Strict input\"},", "")));
        assertTrue(projectErrors.containsKey("title") && projectErrors.containsKey("code"), projectErrors::toString);
        assertEquals(0, admin.get("api/people?institutionId=" + hk).json().getInt("total"), "nothing stored");
    }

    @Test
    void unknownPropertiesAreNamed() {
        Map<String, String> errors = errors(admin.post(
                "api/people", "{\"nameEn\":\"A\",\"institutionId\":" + hk + ",\"emial\":\"a@example.org\"}"));
        assertTrue(errors.get("emial").contains("email"), errors::toString);
    }

    @Test
    void duplicateKeysAreRefusedNotResolvedToTheLastOne() {
        String first = "st-a-" + tag.toLowerCase();
        String second = "st-b-" + tag.toLowerCase();
        for (String name : List.of(first, second)) {
            assertEquals(
                    201,
                    admin.post(
                                    "api/accounts",
                                    "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                                            + "\",\"role\":\"LEGAL\"}")
                            .status());
        }
        Api.Reply signIn = new Api(base)
                .post(
                        "api/auth/token",
                        "{\"username\":\"zz-nobody\",\"username\":\"" + second + "\",\"password\":\"" + PASSWORD
                                + "\"}");
        assertTrue(errors(signIn).get("username").contains("more than once"), signIn::toString);
        String code = "SD-" + tag;
        assertFieldError(
                admin.post(
                        "api/projects",
                        project(code, "2025-03-01", null).replace("\"code\":", "\"code\":\"X\",\"code\":")),
                "code");
        assertEquals(0, projects(code));
    }

    @Test
    void trailingContentAndUnpairedSurrogatesAreRefused() {
        String shortName = "TR" + tag;
        assertFieldError(
                admin.post("api/institutions", institution(shortName, "HK", "HK") + "{\"shortName\":\"other\"}"),
                "body");
        assertFieldError(admin.post("api/institutions", institution(shortName, "HK", "HK") + "]"), "body");
        Map<String, String> lone =
                errors(admin.post("api/people", "{\"nameEn\":\"Lone \\ud800 half\",\"institutionId\":" + hk + "}"));
        assertTrue(lone.get("nameEn").contains("surrogate"), lone::toString);
        assertEquals(0, admin.get("api/institutions?q=" + shortName).json().getInt("total"), "nothing stored");
        assertEquals(0, admin.get("api/people?institutionId=" + hk).json().getInt("total"), "nothing stored");
        Api.Reply pair = admin.post("api/people", "{\"nameEn\":\"Emoji \\ud83d\\ude00\",\"institutionId\":" + hk + "}");
        assertEquals("Emoji 😀", admin.get("api/people/" + created(pair)).json().getString("nameEn"));
    }

    @Test
    void syntaxErrorsSayWhereWithoutInternals() {
        Map<String, String> errors = errors(admin.post("api/people", "{\"nameEn\":\"A\",,}"));
        assertTrue(errors.get("body").contains("line 1"), errors::toString);
    }

    @Test
    void datesAreBoundedEverywhereTheyEnter() {
        String code = "SF-" + tag;
        Map<String, String> errors = errors(admin.post("api/projects", project(code, "+999999999-12-31", null)));
        assertTrue(errors.get("startDate").contains("1900-01-01 and 2200-12-31"), errors::toString);
        assertFieldError(admin.post("api/projects", project(code, "1899-12-31", null)), "startDate");
        assertEquals(0, projects(code));

        long project = created(admin.post("api/projects", project(code, "2025-03-01", null)));
        long asset = created(admin.post("api/ip-assets", """
                {"projectId":%d,"type":"KNOW_HOW","title":{"en":"Strict asset"},"publicSummary":"A method offered for licensing.","readinessLevel":4,"licensing":"NON_EXCLUSIVE","confidentiality":"PUBLIC",
                 "inventors":[{"personId":%d,"shareBp":10000}]}""".formatted(project, person())));
        String far = "{\"effectiveFrom\":\"+999999999-12-31\",\"reason\":\"Far\",\"shares\":[{\"institutionId\":" + hk
                + ",\"shareBp\":10000}]}";
        assertFieldError(admin.recordOwnership(asset, far, "\"0\""), "effectiveFrom");
        Api.Reply ownership = admin.get("api/ip-assets/" + asset + "/ownership");
        assertEquals("\"0\"", ownership.etag(), "no ownership version recorded");

        assertFieldError(admin.get("api/statistics?staffOn=%2B999999999-12-31"), "staffOn");
        assertFieldError(admin.get("api/audit?from=1800-01-01T00:00:00Z"), "from");
        assertEquals(200, admin.get("api/statistics?staffOn=2026-01-01").status());
    }

    @Test
    void malformedQueryParametersAre400NamingThem() {
        for (String list : List.of(
                "projects", "people", "institutions", "ip-assets", "agreements", "accounts", "audit", "inbox")) {
            assertFieldError(admin.get("api/" + list + "?page=abc"), "page");
            assertFieldError(admin.get("api/" + list + "?page=0"), "page");
            assertFieldError(admin.get("api/" + list + "?size=1.5"), "size");
            assertFieldError(admin.get("api/" + list + "?size=100000"), "size");
            assertFieldError(admin.get("api/" + list + "?page=99999999999999999999"), "page");
        }
        assertEquals(200, admin.get("api/projects?page=&size=").status(), "an empty parameter is an absent one");
        assertFieldError(admin.get("api/search?page=abc"), "page");
        assertFieldError(admin.get("api/agreements?outOfDate=maybe"), "outOfDate");
        assertFieldError(admin.get("api/inbox?unread=yes"), "unread");
        assertEquals(200, admin.get("api/agreements?outOfDate=true").status());
        assertFieldError(admin.get("api/projects?status=SLEEPING"), "status");
    }

    @Test
    void aMalformedPathIdNamesNothingAsAMissingIdDoes() {
        Api.Reply malformed = admin.get("api/projects/abc");
        Api.Reply missing = admin.get("api/projects/987654321987");
        assertProblem(malformed, 404);
        assertProblem(missing, 404);
        assertEquals(missing.json().getString("title"), malformed.json().getString("title"));
    }

    @Test
    void ifMatchComparesStrongly() {
        long id = created(admin.post("api/people", "{\"nameEn\":\"Tag Person\",\"institutionId\":" + hk + "}"));
        String path = "api/people/" + id;
        String body = "{\"nameEn\":\"Tag Person 2\",\"institutionId\":" + hk + "}";
        Api.Reply weak = admin.put(path, body, "W/\"1\"");
        assertProblem(weak, 412);
        assertEquals("if-match.weak", weak.json().getString("code"));
        Api.Reply malformed = admin.put(path, body, "1");
        assertProblem(malformed, 400);
        assertEquals("if-match.malformed", malformed.json().getString("code"));
        assertEquals("Tag Person", admin.get(path).json().getString("nameEn"), "nothing changed");

        Api.Reply list = admin.put(path, body, "\"7\", \"1\"");
        assertEquals(200, list.status(), list::toString);
        assertEquals("\"2\"", list.etag());
        assertProblem(admin.put(path, body, "\"1\", \"3\""), 412);
        Api.Reply any = admin.put(path, "{\"nameEn\":\"Tag Person 3\",\"institutionId\":" + hk + "}", "*");
        assertEquals(200, any.status(), any::toString);
        assertProblem(admin.put("api/people/987654321987", body, "*"), 404);
        JsonObject read = admin.get(path).json();
        assertEquals("Tag Person 3", read.getString("nameEn"));
    }
}
