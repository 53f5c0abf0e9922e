package org.hetao.registry.web;

import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
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

/** Institution-scoped writes, confidentiality, the audit trail and accounts under attack. */
@ExtendWith(ArquillianExtension.class)
class SecurityApiIT {
    private static final String PASSWORD = "Security-Check-2718";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Fixture world;
    private Api admin;
    private long hku;
    private long szu;
    private Api ttoHku;
    private Api ttoSzu;
    private Api investor;

    @BeforeEach
    void world() {
        world = Fixture.on(base)
                .institution("hku", "HK", "HK")
                .institution("szu", "MAINLAND", "CN")
                .office("ttoHku", "hku")
                .office("ttoSzu", "szu")
                .account("investor", "INVESTOR", null);
        admin = world.admin();
        hku = world.id("hku");
        szu = world.id("szu");
        ttoHku = world.api("ttoHku");
        ttoSzu = world.api("ttoSzu");
        investor = world.api("investor");
    }

    private static String institution(String jurisdiction, String country) {
        return """
                {"shortName":"S%s","name":{"en":"Security test institution"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), jurisdiction, country);
    }

    private static String project(String confidentiality, long lead, Long partner, String words) {
        return """
                {"code":"SEC-%s","title":{"en":"%s","zhHant":"機密研究","zhHans":"机密研究"},"site":"BOTH","status":"ACTIVE",
                 "startDate":"2025-01-01","confidentiality":"%s",
                 "participants":[{"institutionId":%d,"role":"LEAD"}%s]}
                """.formatted(
                        UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        words,
                        confidentiality,
                        lead,
                        partner == null ? "" : ",{\"institutionId\":" + partner + ",\"role\":\"PARTNER\"}");
    }

    @Test
    void anOfficeWritesOnlyWhatItsInstitutionTakesPartIn() {
        assertProblem(ttoHku.post("api/projects", project("PUBLIC", szu, null, "Not ours")), 403);
        long own = created(ttoHku.post("api/projects", project("PUBLIC", hku, szu, "Joint work")));
        long theirs = created(ttoSzu.post("api/projects", project("PUBLIC", szu, null, "Their own work")));

        Api.Reply read = ttoHku.get("api/projects/" + theirs);
        assertEquals(200, read.status(), "a public project is readable");
        assertProblem(
                ttoHku.put("api/projects/" + theirs, project("PUBLIC", szu, hku, "Their own work"), read.etag()), 403);
        assertProblem(ttoHku.delete("api/projects/" + theirs, read.etag()), 403);

        Api.Reply mine = ttoHku.get("api/projects/" + own);
        assertProblem(ttoHku.put("api/projects/" + own, project("PUBLIC", szu, hku, "Joint work"), mine.etag()), 403);
        assertProblem(ttoHku.put("api/projects/" + own, project("PUBLIC", szu, null, "Joint work"), mine.etag()), 403);
        assertEquals(
                200,
                ttoHku.put("api/projects/" + own, project("PUBLIC", hku, szu, "Joint work, renamed"), mine.etag())
                        .status());

        assertProblem(ttoHku.post("api/people", "{\"nameEn\":\"Someone Else\",\"institutionId\":" + szu + "}"), 403);
        assertEquals(
                201,
                ttoHku.post("api/people", "{\"nameEn\":\"Our Researcher\",\"institutionId\":" + hku + "}")
                        .status());
        assertProblem(
                ttoHku.post(
                        "api/projects", project("PUBLIC", hku, null, "x").replace("\"status\"", "\"id\":5,\"status\"")),
                400);
    }

    @Test
    void confidentialRecordsAreInvisibleToOutsidersAndInvestors() {
        String topic = "Quantum battery " + UUID.randomUUID().toString().substring(0, 8);
        long confidential = created(ttoSzu.post("api/projects", project("CONFIDENTIAL", szu, null, topic + " secret")));
        long consortium = created(ttoSzu.post("api/projects", project("CONSORTIUM", szu, hku, topic + " consortium")));
        long open = created(ttoSzu.post("api/projects", project("PUBLIC", szu, null, topic + " public")));

        assertProblem(ttoHku.get("api/projects/" + confidential), 404);
        assertEquals(200, ttoHku.get("api/projects/" + consortium).status());
        assertProblem(investor.get("api/projects/" + confidential), 404);
        assertProblem(investor.get("api/projects/" + consortium), 404);
        assertEquals(200, investor.get("api/projects/" + open).status());
        assertEquals(200, admin.get("api/projects/" + confidential).status());

        assertEquals(
                1,
                investor.get("api/projects?q=" + topic.replace(" ", "%20"))
                        .json()
                        .getInt("total"));
        assertEquals(
                2,
                ttoHku.get("api/projects?q=" + topic.replace(" ", "%20")).json().getInt("total"));
        assertEquals(
                3,
                ttoSzu.get("api/projects?q=" + topic.replace(" ", "%20")).json().getInt("total"));
        assertEquals(
                3,
                admin.get("api/projects?q=" + topic.replace(" ", "%20")).json().getInt("total"));
    }

    @Test
    void onlyACurrentCoOwnerOrLegalProposesAndEveryOwnerApproves() {
        long project = created(ttoSzu.post("api/projects", project("PUBLIC", szu, hku, "Shared results")));
        long asset = created(ttoSzu.post("api/ip-assets", """
                {"projectId":%d,"type":"SOFTWARE","title":{"en":"Shared scheduler"},"readinessLevel":5,"licensing":"NOT_AVAILABLE",
                 "confidentiality":"PUBLIC"}""".formatted(project)));
        String path = "api/ip-assets/" + asset + "/ownership";
        String szuOnly = "{\"effectiveFrom\":\"2025-06-01\",\"reason\":\"Assignment\",\"shares\":[{\"institutionId\":"
                + szu + ",\"shareBp\":10000}]}";
        assertEquals(
                200, ttoSzu.put(path, szuOnly, "\"0\"").status(), "the sole owner records its own ownership at once");
        String split =
                "{\"effectiveFrom\":\"2025-07-01\",\"reason\":\"Joint ownership\",\"shares\":[{\"institutionId\":" + szu
                        + ",\"shareBp\":6667},{\"institutionId\":" + hku + ",\"shareBp\":3333}]}";
        assertProblem(ttoHku.put(path, split, "\"1\""), 403);

        Api legal = world.account("legal", "LEGAL", null).api("legal");
        Api.Reply proposed = legal.put(path, split, "\"1\"");
        assertEquals(
                202, proposed.status(), () -> "LEGAL acts for no institution: every owner must approve; " + proposed);
        long proposal = proposed.json().getJsonNumber("id").longValue();
        assertEquals(1, Integer.parseInt(ttoSzu.get(path).etag().replace("\"", "")), "nothing took effect yet");
        for (Api office : List.of(ttoSzu, ttoHku)) {
            String etag = office.get("api/ownership-proposals/" + proposal).etag();
            Api.Reply approved = office.send(
                    "POST", "api/ownership-proposals/" + proposal + "/approve", null, Map.of("If-Match", etag));
            assertEquals(200, approved.status(), approved::toString);
        }
        assertEquals(
                2,
                Integer.parseInt(ttoSzu.get(path).etag().replace("\"", "")),
                "the last approval made the version take effect");

        Api.Reply byAdmin = admin.put(path, split.replace("2025-07-01", "2025-07-15"), "\"2\"");
        assertEquals(202, byAdmin.status(), () -> "an administrator has no bypass: both offices approve; " + byAdmin);
        assertProblem(
                admin.send(
                        "POST",
                        "api/ownership-proposals/" + byAdmin.id() + "/approve",
                        "{\"institutionId\":" + hku + ",\"documentRef\":\"Letter\"}",
                        Map.of("If-Match", byAdmin.etag())),
                403);
        assertEquals(
                200,
                admin.send(
                                "POST",
                                "api/ownership-proposals/" + byAdmin.id() + "/withdraw",
                                null,
                                Map.of("If-Match", byAdmin.etag()))
                        .status(),
                "the administrator withdraws its proposal");

        Api.Reply byHku = ttoHku.put(path, split.replace("2025-07-01", "2025-08-01"), "\"2\"");
        assertEquals(202, byHku.status(), () -> "now a co-owner, HKU proposes and SZU must approve; " + byHku);
    }

    @Test
    void everyWriteSignInAndRefusalIsAuditedAndTheChainVerifies() {
        long id = created(admin.post("api/institutions", institution("OVERSEAS", "SG")));
        Api.Reply read = admin.get("api/institutions/" + id);
        String renamed = read.body().replace("Security test institution", "Renamed institution");
        assertEquals(
                200,
                admin.put("api/institutions/" + id, """
                {"shortName":"%s","name":{"en":"Renamed institution"},"kind":"UNIVERSITY","jurisdiction":"OVERSEAS","country":"SG"}
                """.formatted(read.json().getString("shortName")), read.etag())
                        .status(),
                renamed);
        JsonObject update = admin.get("api/audit?entityKind=institution&entityId=" + id + "&action=UPDATE")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("admin", update.getString("actor"));
        assertTrue(update.getString("changes").contains("Renamed institution"), update::toString);
        assertTrue(update.getString("changes").contains("Security test institution"), "the value before the change");
        assertEquals(
                1,
                admin.get("api/audit?entityKind=institution&entityId=" + id + "&action=CREATE")
                        .json()
                        .getInt("total"));

        assertProblem(investor.post("api/institutions", institution("HK", "HK")), 403);
        assertTrue(admin.get("api/audit?action=REFUSED&size=5").json().getJsonArray("items").stream()
                .anyMatch(a -> a.asJsonObject().getString("detail", "").matches("POST \\S*/api/institutions from .*")));
        new Api(base).post("api/auth/token", "{\"username\":\"admin\",\"password\":\"not-the-password\"}");
        assertTrue(
                admin.get("api/audit?action=SIGN_IN_FAILED&actor=admin").json().getInt("total") >= 1);
        assertTrue(admin.get("api/audit?action=SIGN_IN&actor=admin").json().getInt("total") >= 1);

        JsonObject verify = admin.get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
        assertTrue(verify.getInt("checked") > 5);
        assertProblem(admin.get("api/audit?from=yesterday"), 400);
    }

    @Test
    void theAuditNamesWhatARecordRefersToAndItsExportLinksUpAsTheChain() {
        String hkuName = admin.get("api/institutions/" + hku).json().getString("shortName");
        String szuName = admin.get("api/institutions/" + szu).json().getString("shortName");
        long project = created(admin.post("api/projects", project("PUBLIC", hku, szu, "Named in the audit")));
        String code = admin.get("api/projects/" + project).json().getString("code");
        JsonObject created = admin.get("api/audit?entityKind=project&entityId=" + project)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(code, created.getString("entityName"), created::toString);
        assertEquals(
                Map.of("project:" + project, code, "institution:" + hku, hkuName, "institution:" + szu, szuName),
                Map.copyOf(created.getJsonObject("names").entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()))),
                "the participants by their short names");

        List<String> kinds =
                admin.get("api/audit/kinds").structure().asJsonArray().getValuesAs(jakarta.json.JsonString::getString);
        assertTrue(kinds.containsAll(List.of("account", "institution", "project")), kinds::toString);
        assertEquals(kinds.stream().sorted().toList(), kinds, "in alphabetical order");

        Api.Download one = admin.download("api/audit/export?entityKind=project&entityId=" + project + "&format=jsonl");
        assertEquals(200, one.status(), one::toString);
        assertTrue(
                one.header("Content-Type").startsWith("application/x-ndjson")
                        && one.header("Content-Disposition").startsWith("attachment"),
                one::toString);
        List<String> lines = new String(one.body(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(1, lines.size(), lines::toString);
        JsonObject line = jakarta.json.Json.createReader(new java.io.StringReader(lines.get(0)))
                .readObject();
        for (String field : List.of("hash", "prevHash", "changes", "entityName")) {
            assertEquals(created.getString(field), line.getString(field), field);
        }
        assertEquals(
                created.getJsonNumber("seq").longValue(),
                line.getJsonNumber("seq").longValue());
        assertEquals("hmac-sha256", line.getString("hashScheme"));

        Api.Download csv = admin.download("api/audit/export?entityKind=project&entityId=" + project + "&format=csv");
        List<String> rows = List.of(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(
                "\uFEFFseq,occurredAt,actor,actorRole,action,entityKind,entityId,changes,detail,prevHash,hash,hashScheme,hashKeyId,entityName,names",
                rows.get(0));
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(
                rows.get(1).startsWith(created.getJsonNumber("seq") + ",")
                        && rows.get(1).contains("," + created.getString("hash") + ","),
                rows.get(1));

        // the whole trail, from its first record to the export's own: each record links to the one before
        List<String> all = new String(
                        admin.download("api/audit/export").body(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        String previous = "0".repeat(64);
        for (int i = 0; i < all.size(); i++) {
            JsonObject r = jakarta.json.Json.createReader(new java.io.StringReader(all.get(i)))
                    .readObject();
            assertEquals(i + 1, r.getJsonNumber("seq").longValue(), "no number missing");
            assertEquals(previous, r.getString("prevHash"), () -> "record " + r);
            previous = r.getString("hash");
        }
        JsonObject last = jakarta.json.Json.createReader(new java.io.StringReader(all.get(all.size() - 1)))
                .readObject();
        assertEquals(
                "audit export", last.getString("entityKind"), "the export is audited and ends with its own record");
        assertEquals("admin", last.getString("actor"));
        assertEquals("JSONL; every record", last.getString("detail"));
        JsonObject listed = admin.get("api/audit?entityKind=audit%20export&action=CREATE&size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(last.getString("hash"), listed.getString("hash"));
        assertTrue(admin.get("api/audit?entityKind=audit%20export&size=5").json().getJsonArray("items").stream()
                .anyMatch(a ->
                        a.asJsonObject().getString("detail").equals("CSV; entityKind=project, entityId=" + project)));

        assertProblem(admin.get("api/audit/export?format=xml"), 400);
        assertProblem(admin.get("api/audit/export?action=READ"), 400);
        assertProblem(ttoHku.get("api/audit/export"), 403);
        assertTrue(admin.get("api/audit/verify").json().getBoolean("intact"));
    }

    @Test
    void repeatedFailuresAreRefusedWith429AndUnknownUsersLookTheSame() {
        String name = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"LEGAL\"}")
                        .status());
        Api anonymous = new Api(base);
        Api.Reply unknown = anonymous.post(
                "api/auth/token", "{\"username\":\"ghost-" + name + "\",\"password\":\"wrong-password-1\"}");
        Api.Reply wrong =
                anonymous.post("api/auth/token", "{\"username\":\"" + name + "\",\"password\":\"wrong-password-1\"}");
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.json().getString("detail"), wrong.json().getString("detail"));
        for (int i = 0; i < 4; i++) {
            anonymous.post("api/auth/token", "{\"username\":\"" + name + "\",\"password\":\"wrong-password-1\"}");
        }
        Api.Reply locked =
                anonymous.post("api/auth/token", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertProblem(locked, 429);
        assertNotNull(locked.header("Retry-After"));
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0);
    }

    @Test
    void disablingAnAccountOrChangingItsPasswordRevokesItsTokensAtOnce() {
        String name = "legal-" + UUID.randomUUID().toString().substring(0, 8);
        long id = created(admin.post(
                "api/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"LEGAL\"}"));
        Api legal = new Api(base).as(name, PASSWORD);
        assertEquals(200, legal.get("api/auth/me").status());
        Api.Reply acc = admin.get("api/accounts/" + id);
        assertEquals(
                200,
                admin.put("api/accounts/" + id, "{\"role\":\"LEGAL\",\"password\":\"Another-Secret-3141\"}", acc.etag())
                        .status());
        assertProblem(legal.get("api/auth/me"), 401);

        Api again = new Api(base).as(name, "Another-Secret-3141");
        acc = admin.get("api/accounts/" + id);
        assertEquals(
                200,
                admin.put("api/accounts/" + id, "{\"role\":\"LEGAL\",\"enabled\":false}", acc.etag())
                        .status());
        assertProblem(again.get("api/auth/me"), 401);
        assertProblem(
                new Api(base)
                        .post("api/auth/token", "{\"username\":\"" + name + "\",\"password\":\"Another-Secret-3141\"}"),
                401);
        assertFalse(admin.get("api/accounts/" + id).json().getBoolean("enabled"));
        assertProblem(
                admin.put(
                        "api/accounts/" + id,
                        "{\"role\":\"LEGAL\",\"password\":\"" + name + "-1234\"}",
                        admin.get("api/accounts/" + id).etag()),
                400);
    }
}
