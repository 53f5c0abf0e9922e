package org.hetao.registry.web;

import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * Goods, data and capital crossing the boundary through the API: a transfer's consents and steps with
 * If-Match and problem codes, who reads transfers (the project's read rule, for each role, with a
 * public and a confidential project), the CSV export, and a project's grants with their totals.
 */
@ExtendWith(ArquillianExtension.class)
class BoundaryApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** One world for every test (accounts are slow to make): each test makes its own transfers and grants. */
    private static Fixture world;

    private Api admin;
    private Api hkOffice;
    private Api szOffice;
    private Api otherOffice;
    private Api investor;

    @BeforeEach
    void world() {
        if (world == null) {
            world = createWorld();
        }
        admin = world.admin();
        hkOffice = world.api("hkOffice");
        szOffice = world.api("szOffice");
        otherOffice = world.api("otherOffice");
        investor = world.api("investor");
    }

    private Fixture createWorld() {
        return Fixture.on(base)
                .institution("hk", "HK", "HK")
                .institution("sz", "MAINLAND", "CN")
                .institution("other", "HK", "HK")
                .project("public", "BT", "Cross-boundary cohort", "PUBLIC", "hk", "sz", "other")
                .project("secret", "BT", "Confidential cell therapy", "CONFIDENTIAL", "hk", "sz")
                .office("hkOffice", "hk")
                .office("szOffice", "sz")
                .office("otherOffice", "other")
                .account("investor", "INVESTOR", null);
    }

    private String samples(String project, String reference) {
        return """
                {"projectId":%d,"kind":"BIOLOGICAL_SAMPLE",
                 "description":{"en":"Serum samples, 40 tubes","zhHant":"血清樣本 40 管","zhHans":"血清样本 40 管"},
                 "fromInstitutionId":%d,"fromPark":"SHENZHEN_PARK","toInstitutionId":%d,"toPark":"HK_PARK",
                 "clearanceRoute":"GREEN_CHANNEL"%s,"requestedDate":"2026-03-02"}
                """.formatted(
                        world.id(project),
                        world.id("sz"),
                        world.id("hk"),
                        reference == null ? "" : ",\"clearanceReference\":\"" + reference + "\"");
    }

    private static Api.Reply step(Api api, long id, String action, String body, String etag) {
        return api.send("POST", "api/transfers/" + id + "/" + action, body, Map.of("If-Match", etag));
    }

    @Test
    void bothPartiesConsentThenTheSenderSendsAndTheReceiverReceives() {
        Api.Reply draft = szOffice.post("api/transfers", samples("public", null));
        long id = created(draft);
        assertEquals("DRAFT", draft.json().getString("status"));
        assertEquals(world.name("sz"), draft.json().getString("fromInstitution"));
        assertEquals("\"1\"", draft.etag());

        // a change needs If-Match; a stale one changes nothing
        assertProblem(szOffice.send("POST", "api/transfers/" + id + "/approve", "{}", Map.of()), 428);
        assertProblem(step(szOffice, id, "approve", "{}", "\"7\""), 412);

        Api.Reply senderConsented = step(szOffice, id, "approve", "{}", "\"1\"");
        assertEquals(200, senderConsented.status(), senderConsented::toString);
        assertEquals("DRAFT", senderConsented.json().getString("status"));
        assertEquals(
                world.name("szOffice"),
                senderConsented.json().getJsonObject("senderConsent").getString("by"));
        assertProblem(step(szOffice, id, "approve", "{}", "\"2\""), 409, "conflict.transfer-approved");
        // an investor reads the public project's transfer, but not who in the offices consented
        JsonObject seenByInvestor = investor.get("api/transfers/" + id).json().getJsonObject("senderConsent");
        assertTrue(!seenByInvestor.containsKey("by") || seenByInvestor.isNull("by"), seenByInvestor::toString);
        assertTrue(seenByInvestor.containsKey("at"));
        // an office that takes part in the project but not in the transfer reads it and may not consent
        assertEquals(200, otherOffice.get("api/transfers/" + id).status());
        assertProblem(step(otherOffice, id, "approve", "{}", "\"2\""), 403);
        // the receiver may not record that it was sent
        Api.Reply approved = step(hkOffice, id, "approve", "{}", "\"2\"");
        assertEquals("APPROVED", approved.json().getString("status"), approved::toString);
        assertProblem(
                step(hkOffice, id, "status", "{\"status\":\"IN_TRANSIT\",\"date\":\"2026-03-05\"}", "\"3\""), 403);
        // the green channel's reference is recorded before it is sent, and an approved transfer is not edited
        Api.Reply noReference =
                step(szOffice, id, "status", "{\"status\":\"IN_TRANSIT\",\"date\":\"2026-03-05\"}", "\"3\"");
        assertFieldError(noReference, "clearanceReference", "transfer.clearance-reference");
        assertProblem(
                szOffice.put("api/transfers/" + id, samples("public", "GC-2026-0042"), "\"3\""),
                409,
                "conflict.transfer-status");

        // a fresh transfer, with its reference, goes all the way
        long second = created(szOffice.post("api/transfers", samples("public", "GC-2026-0042")));
        step(szOffice, second, "approve", "{}", "\"1\"");
        step(hkOffice, second, "approve", "{}", "\"2\"");
        Api.Reply sent =
                step(szOffice, second, "status", "{\"status\":\"IN_TRANSIT\",\"date\":\"2026-03-05\"}", "\"3\"");
        assertEquals("IN_TRANSIT", sent.json().getString("status"), sent::toString);
        assertEquals(List.of("RECEIVED"), strings(sent.json(), "nextStatuses"));
        assertFieldError(
                step(hkOffice, second, "status", "{\"status\":\"RECEIVED\",\"date\":\"2026-03-04\"}", "\"4\""),
                "date",
                "date.order");
        Api.Reply received =
                step(hkOffice, second, "status", "{\"status\":\"RECEIVED\",\"date\":\"2026-03-06\"}", "\"4\"");
        assertEquals("RECEIVED", received.json().getString("status"), received::toString);
        assertProblem(
                step(szOffice, second, "status", "{\"status\":\"CANCELLED\"}", "\"5\""),
                409,
                "conflict.transfer-status");

        // every step is in the audit trail
        Api.Reply audit = admin.get("api/audit?entityKind=boundary-transfer&entityId=" + second);
        assertEquals(200, audit.status(), audit::toString);
        assertEquals(5, audit.json().getJsonArray("items").size(), audit::toString);
    }

    @Test
    void aTransferIsCheckedAsAWholeAndOnlyByItsParties() {
        Api.Reply wrong =
                szOffice.post("api/transfers", """
                {"projectId":%d,"kind":"PERSONAL_DATA","description":{"zhHant":"病歷"},
                 "fromInstitutionId":%d,"fromPark":"SHENZHEN_PARK","toInstitutionId":%d,"toPark":"SHENZHEN_PARK",
                 "clearanceRoute":"NOT_REQUIRED","requestedDate":"2026-03-02"}
                """.formatted(world.id("public"), world.id("sz"), world.id("hk")));
        assertFieldError(wrong, "description.en", "required");
        assertFieldError(wrong, "toPark", "transfer.same-park");
        Api.Reply route =
                szOffice.post("api/transfers", samples("public", null).replace("BIOLOGICAL_SAMPLE", "PERSONAL_DATA"));
        assertFieldError(route, "clearanceRoute", "transfer.route");
        // an office writes only transfers its institution sends or receives
        assertProblem(otherOffice.post("api/transfers", samples("public", null)), 403);
        // a project the office may not read is, to it, not there
        assertFieldError(
                otherOffice.post("api/transfers", samples("secret", null)), "projectId", "reference.not-found");
        // the receiving institution takes part in the project
        Api.Reply outsider = admin.post(
                "api/transfers",
                samples("secret", null)
                        .replace("\"toInstitutionId\":" + world.id("hk"), "\"toInstitutionId\":" + world.id("other")));
        assertFieldError(outsider, "toInstitutionId", "project.not-a-participant");
        assertProblem(
                szOffice.send(
                        "POST",
                        "api/transfers/" + created(szOffice.post("api/transfers", samples("public", null))) + "/status",
                        "{\"status\":\"APPROVED\"}",
                        Map.of("If-Match", "\"1\"")),
                400);
    }

    @Test
    void aTransferIsReadByWhoMayReadItsProject() {
        world.project("readOpen", "BT", "Cross-boundary imaging", "PUBLIC", "hk", "sz", "other")
                .project("readSecret", "BT", "Confidential organoids", "CONFIDENTIAL", "hk", "sz");
        long open = created(szOffice.post("api/transfers", samples("readOpen", null)));
        long secret = created(szOffice.post("api/transfers", samples("readSecret", null)));
        String both = "api/transfers?size=200&projectId=";
        Function<Api, Set<Long>> seen = api -> {
            Set<Long> ids = new HashSet<>(ids(api.get(both + world.id("readOpen"))));
            ids.addAll(ids(api.get(both + world.id("readSecret"))));
            return ids;
        };
        assertEquals(Set.of(open, secret), seen.apply(admin), "an administrator");
        assertEquals(Set.of(open, secret), seen.apply(hkOffice), "a party's office");
        assertEquals(Set.of(open), seen.apply(otherOffice), "an office outside the confidential project");
        assertEquals(Set.of(open), seen.apply(investor), "an investor: never a confidential project's");
        for (Api outsider : List.of(otherOffice, investor)) {
            assertProblem(outsider.get("api/transfers/" + secret), 404, "not-found");
            String csv = new String(
                    outsider.download("api/transfers/export?institutionId=" + world.id("sz"))
                            .body(),
                    StandardCharsets.UTF_8);
            assertTrue(!csv.contains("\n" + secret + ","), csv);
        }
        assertEquals(200, investor.get("api/transfers/" + open).status());
        // the export: a byte-order mark, the header, one row per transfer, Chinese as written
        Api.Download export = hkOffice.download("api/transfers/export?projectId=" + world.id("readSecret"));
        assertEquals(200, export.status());
        String text = new String(export.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,projectId,projectCode,kind,"), text);
        assertTrue(
                text.contains("\r\n" + secret + "," + world.id("readSecret") + "," + world.name("readSecret")), text);
        assertTrue(text.contains("血清樣本 40 管"), text);
        assertEquals(2, text.split("\r\n").length, text);
        // filters
        String mine = both + world.id("readOpen");
        assertEquals(Set.of(), ids(admin.get(mine + "&toPark=SHENZHEN_PARK")));
        assertEquals(Set.of(open), ids(admin.get(mine + "&toPark=HK_PARK&status=DRAFT&kind=BIOLOGICAL_SAMPLE")));
        assertEquals(Set.of(), ids(admin.get(mine + "&status=RECEIVED")));
        assertProblem(admin.get("api/transfers?status=LOST"), 400);
    }

    @Test
    void aProjectsGrantsAreSummedPerSideAndCurrency() {
        String grants = "api/projects/" + world.id("public") + "/grants";
        String body = """
                {"institutionId":%d,"funder":"%s","scheme":"%s","amount":%s,"currency":"%s","side":"%s",
                 "awardedDate":"2026-01-15","startDate":"2026-02-01","endDate":"2028-01-31"}""";
        created(hkOffice.post(
                grants,
                body.formatted(
                        world.id("hk"),
                        "Innovation and Technology Commission",
                        "MATCHING_BASIC_RESEARCH",
                        "1000000",
                        "HKD",
                        "HK")));
        created(szOffice.post(
                grants,
                body.formatted(
                        world.id("sz"),
                        "Shenzhen STIC",
                        "MATCHING_TECHNOLOGY_TRANSFORMATION",
                        "800000.10",
                        "CNY",
                        "MAINLAND")));
        long last = created(szOffice.post(
                grants,
                body.formatted(world.id("sz"), "Futian District", "GOVERNMENT_GRANT", "199999.90", "CNY", "MAINLAND")));
        assertFieldError(
                hkOffice.post(grants, body.formatted(world.id("hk"), "Funder", "OTHER", "5", "USD", "HK")),
                "currency",
                "one-of");
        assertFieldError(
                hkOffice.post(
                        grants,
                        body.formatted(world.id("hk"), "Funder", "OTHER", "5", "HKD", "HK")
                                .replace("2028-01-31", "2025-01-31")),
                "endDate",
                "date.order");
        JsonObject read = otherOffice.get(grants).json();
        assertEquals(3, read.getJsonArray("grants").size());
        assertEquals(
                List.of("HK HKD 1000000.00 1", "MAINLAND CNY 1000000.00 2"),
                read.getJsonArray("totals").stream()
                        .map(JsonValue::asJsonObject)
                        .map(t -> t.getString("side") + " " + t.getString("currency") + " "
                                + t.getJsonNumber("amount").bigDecimalValue().setScale(2) + " " + t.getInt("grants"))
                        .toList());
        // funding is internal: not for investors; the confidential project's not for an outsider's office
        assertProblem(investor.get(grants), 403);
        assertProblem(otherOffice.get("api/projects/" + world.id("secret") + "/grants"), 404);
        // a grant goes to a participant; the offices of the project's participants change it
        assertFieldError(
                hkOffice.put(
                        grants + "/" + last,
                        body.formatted(world.id("hk") + 999999, "F", "OTHER", "1", "CNY", "MAINLAND"),
                        "\"1\""),
                "institutionId");
        Api.Reply changed = hkOffice.put(
                grants + "/" + last,
                body.formatted(world.id("sz"), "Futian District", "GOVERNMENT_GRANT", "200000", "CNY", "MAINLAND"),
                "\"1\"");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(204, szOffice.delete(grants + "/" + last, "\"2\"").status());
        assertEquals(2, otherOffice.get(grants).json().getJsonArray("grants").size());
    }

    private static Set<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
