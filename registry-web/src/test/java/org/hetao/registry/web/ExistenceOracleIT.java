package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
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
 * A record the caller may not read must answer exactly as a record that does not exist: the same
 * status, problem type, title and detail (ids and codes put aside), the same list totals and export
 * bodies, the same import report row by row. Each endpoint that takes an id or refers to one is asked
 * once about a hidden record and once about a missing id, by another institution's office and by an investor.
 */
@ExtendWith(ArquillianExtension.class)
class ExistenceOracleIT {
    private static final String PASSWORD = "Existence-Check-3141";
    private static final long MISSING = 987_654_321_987L;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private Api owner;
    private Api outsider;
    private Api investor;
    private String tag;
    private String outsiderShortName;
    private long outsiderInstitution;
    /** A CONFIDENTIAL project of institution A, and an IP asset of it. */
    private long hiddenProject;

    private String hiddenCode;
    private long hiddenAsset;
    /** A PUBLIC project of A, readable by everyone. */
    private long visibleProject;

    private String visibleCode;
    /** The outsider's own project. */
    private long outsiderProject;

    private String outsiderCode;

    /** One question, asked about an id. */
    private record Probe(String name, BiFunction<Api, Long, Api.Reply> ask) {}

    @BeforeEach
    void world() {
        admin = new Api(base).asAdmin();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long a = created(admin.post("api/institutions", institution("EA" + tag, "HK", "HK")));
        outsiderShortName = "EB" + tag;
        outsiderInstitution = created(admin.post("api/institutions", institution(outsiderShortName, "MAINLAND", "CN")));
        owner = account("TTO", a);
        outsider = account("TTO", outsiderInstitution);
        investor = account("INVESTOR", null);
        hiddenCode = "EX-" + tag + "-H";
        hiddenProject = created(owner.post("api/projects", project(hiddenCode, "CONFIDENTIAL", a, "Hidden work")));
        hiddenAsset = created(owner.post("api/ip-assets", asset(hiddenProject, "CONFIDENTIAL")));
        visibleCode = "EX-" + tag + "-V";
        visibleProject = created(owner.post("api/projects", project(visibleCode, "PUBLIC", a, "Open work")));
        outsiderCode = "EX-" + tag + "-O";
        outsiderProject = created(outsider.post(
                "api/projects", project(outsiderCode, "CONSORTIUM", outsiderInstitution, "Outsider work")));
    }

    private Api account(String role, Long institution) {
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

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static String institution(String shortName, String jurisdiction, String country) {
        return """
                {"shortName":"%s","name":{"en":"Existence test institution"},"kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(shortName, jurisdiction, country);
    }

    private String project(String code, String confidentiality, long lead, String title) {
        return """
                {"code":"%s","title":{"en":"%s"},"keywords":["secret sauce","%s"],"site":"BOTH","status":"ACTIVE",
                 "startDate":"2025-01-01","confidentiality":"%s","participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(code, title, keyword(), confidentiality, lead);
    }

    private static String asset(long projectId, String confidentiality) {
        return """
                {"projectId":%d,"type":"SOFTWARE","title":{"en":"Existence test asset"},"readinessLevel":4,"licensing":"NOT_AVAILABLE",
                 "confidentiality":"%s"}""".formatted(projectId, confidentiality);
    }

    /** The parts of an answer a client can compare, with the asked id put aside. */
    private static String answer(Api.Reply r, long id, String... codes) {
        String body = r.body() == null ? "" : r.body();
        if (r.contentType() != null && r.contentType().contains("json") && body.startsWith("{")) {
            JsonObject j = r.json();
            body = j.getString("type", "") + " | " + j.getString("title", "") + " | " + j.getString("detail", "")
                    + " | " + j.getOrDefault("errors", null) + " | " + j.getOrDefault("total", null) + " | "
                    + j.getOrDefault("items", null)
                    + " | " + j.getOrDefault("conflictsWith", null) + " | " + j.getOrDefault("hits", null) + " | "
                    + j.getOrDefault("facets", null);
        }
        String normalised = body.replace(Long.toString(id), "{id}");
        for (String c : codes) {
            normalised = normalised.replace(c, "{code}");
        }
        return r.status() + " "
                + (r.contentType() == null ? "" : r.contentType().replaceAll(";.*", "")) + " " + normalised + " etag="
                + (r.header("ETag") != null);
    }

    private void assertSameAnswers(List<Probe> probes, Map<String, Api> callers) {
        List<String> differences = new ArrayList<>();
        callers.forEach((who, api) -> probes.forEach(p -> {
            String hidden = answer(p.ask().apply(api, hiddenId(p)), hiddenId(p));
            String missing = answer(p.ask().apply(api, MISSING), MISSING);
            if (!hidden.equals(missing)) {
                differences.add(who + " " + p.name() + ":\n  hidden:  " + hidden + "\n  missing: " + missing);
            }
        }));
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    private long hiddenId(Probe p) {
        return p.name().contains("asset") ? hiddenAsset : hiddenProject;
    }

    @Test
    void everyEndpointAnswersAHiddenRecordAsAMissingOne() {
        String stale = "\"0\"";
        List<Probe> probes = List.of(
                new Probe("GET project", (api, id) -> api.get("api/projects/" + id)),
                new Probe(
                        "PUT project",
                        (api, id) -> api.put(
                                "api/projects/" + id,
                                project("EX-" + tag + "-P", "PUBLIC", outsiderInstitution, "x"),
                                stale)),
                new Probe(
                        "PUT project without If-Match",
                        (api, id) -> api.put(
                                "api/projects/" + id,
                                project("EX-" + tag + "-P", "PUBLIC", outsiderInstitution, "x"),
                                null)),
                new Probe("DELETE project", (api, id) -> api.delete("api/projects/" + id, stale)),
                new Probe("GET project staffing", (api, id) -> api.get("api/projects/" + id + "/staffing")),
                new Probe(
                        "POST project staffing",
                        (api, id) -> api.post(
                                "api/projects/" + id + "/staffing",
                                "{\"personId\":1,\"role\":\"PI\",\"ftePercent\":20,\"startDate\":\"2025-03-01\",\"park\":\"HK_PARK\"}")),
                new Probe("GET project staffing line", (api, id) -> api.get("api/projects/" + id + "/staffing/1")),
                new Probe(
                        "POST asset referring to project", (api, id) -> api.post("api/ip-assets", asset(id, "PUBLIC"))),
                new Probe("list assets of project", (api, id) -> api.get("api/ip-assets?projectId=" + id)),
                new Probe(
                        "export assets of project",
                        (api, id) -> api.get("api/exports/ip-assets?format=csv&projectId=" + id)),
                new Probe("GET asset", (api, id) -> api.get("api/ip-assets/" + id)),
                new Probe("GET public asset", (api, id) -> api.get("api/public/ip-assets/" + id)),
                new Probe(
                        "PUT asset",
                        (api, id) -> api.put("api/ip-assets/" + id, asset(outsiderProject, "PUBLIC"), stale)),
                new Probe("DELETE asset", (api, id) -> api.delete("api/ip-assets/" + id, stale)),
                new Probe("GET asset ownership", (api, id) -> api.get("api/ip-assets/" + id + "/ownership")),
                new Probe(
                        "PUT asset ownership",
                        (api, id) -> api.put(
                                "api/ip-assets/" + id + "/ownership",
                                "{\"effectiveFrom\":\"2025-06-01\","
                                        + "\"reason\":\"Claim\",\"shares\":[{\"institutionId\":" + outsiderInstitution
                                        + ",\"shareBp\":10000}]}",
                                stale)),
                new Probe(
                        "GET asset ownership proposals",
                        (api, id) -> api.get("api/ip-assets/" + id + "/ownership/proposals")),
                new Probe(
                        "POST asset ownership proposal",
                        (api, id) -> api.send(
                                "POST",
                                "api/ip-assets/" + id + "/ownership/proposals",
                                "{\"effectiveFrom\":\"2025-06-01\",\"reason\":\"Claim\",\"shares\":[{\"institutionId\":"
                                        + outsiderInstitution + ",\"shareBp\":10000}]}",
                                Map.of("If-Match", stale))));
        assertSameAnswers(probes, Map.of("other office", outsider, "investor", investor));
    }

    @Test
    void aTakenCodeReadsTheSameWhetherOrNotTheCallerMayReadItsProject() {
        Api.Reply hidden =
                outsider.post("api/projects", project(hiddenCode, "CONSORTIUM", outsiderInstitution, "Mine"));
        Api.Reply visible =
                outsider.post("api/projects", project(visibleCode, "CONSORTIUM", outsiderInstitution, "Mine"));
        assertEquals(409, hidden.status(), hidden::toString);
        assertFalse(namesId(hidden.body(), hiddenProject), () -> "the hidden project is named: " + hidden);
        assertNull(hidden.json().get("conflictsWith"), hidden::toString);
        assertEquals(
                "/api/projects/" + visibleProject,
                visible.json().getString("conflictsWith"),
                "a readable project is linked");
        assertEquals(
                hidden.json().getString("detail").replace(hiddenCode, "{code}"),
                visible.json().getString("detail").replace(visibleCode, "{code}"));
        assertEquals(
                Set.copyOf(hidden.headers().keySet()).stream()
                        .filter(h -> !h.equalsIgnoreCase("content-length") && !h.equalsIgnoreCase("date"))
                        .sorted()
                        .toList(),
                Set.copyOf(visible.headers().keySet()).stream()
                        .filter(h -> !h.equalsIgnoreCase("content-length") && !h.equalsIgnoreCase("date"))
                        .sorted()
                        .toList());

        Api.Reply read = outsider.get("api/projects/" + outsiderProject);
        Api.Reply rename = outsider.put(
                "api/projects/" + outsiderProject,
                project(hiddenCode, "CONSORTIUM", outsiderInstitution, "Outsider work"),
                read.etag());
        assertEquals(409, rename.status(), rename::toString);
        assertEquals(hidden.json().getString("detail"), rename.json().getString("detail"));

        List<String> audited = admin
                .get("api/audit?action=REFUSED&entityKind=project&entityId=" + hiddenProject)
                .json()
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getString("detail", ""))
                .toList();
        assertEquals(2, audited.size(), audited::toString);
        assertTrue(
                audited.stream().allMatch(d -> d.contains(hiddenCode) && d.contains("may not read")),
                audited::toString);
    }

    @Test
    void anImportDryRunReportsAHiddenRecordAsAMissingOne() {
        String assets = "ref,project,type,title_en,readiness_level,licensing,confidentiality\n";
        String projects = "ref,code,title_en,site,status,start_date,confidentiality,participants\n";
        // an asset row about a record by this registry's id: update it, or create it when there is none
        assertSameReports(
                id -> assets + "registry:" + id + "," + outsiderCode + ",SOFTWARE,Claimed,4,NOT_AVAILABLE,CONSORTIUM\n",
                "ip-assets",
                hiddenAsset);
        // an asset row referring to a project by this registry's id
        assertSameReports(
                id -> assets + "A-1,registry:" + id + ",SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n",
                "ip-assets",
                hiddenProject);
        // a project row about a record by this registry's id, with a code of its own
        assertSameReports(
                id -> projects + "registry:" + id + ",EX-" + tag + "-N,Mine,BOTH,ACTIVE,2025-01-01,CONSORTIUM,"
                        + outsiderShortName + "|LEAD\n",
                "projects",
                hiddenProject);

        // an asset row referring to a project by code: the hidden project's and one no project has
        String byHiddenCode = report(
                outsider, "ip-assets", assets + "A-1," + hiddenCode + ",SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n");
        String byFreeCode = report(
                outsider, "ip-assets", assets + "A-1,EX-" + tag + "-F,SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n");
        assertEquals(byFreeCode.replace("EX-" + tag + "-F", "{code}"), byHiddenCode.replace(hiddenCode, "{code}"));

        // a project row whose code a hidden project holds: refused with the API's words, naming nothing
        String taken = report(
                outsider,
                "projects",
                projects + "P-1," + hiddenCode + ",Mine,BOTH,ACTIVE,2025-01-01,CONSORTIUM," + outsiderShortName
                        + "|LEAD\n");
        assertFalse(namesId(taken, hiddenProject), taken);
        assertTrue(taken.contains("is not available"), taken);
        List<String> audited = admin
                .get("api/audit?action=REFUSED&entityKind=project&entityId=" + hiddenProject)
                .json()
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getString("detail", ""))
                .toList();
        assertTrue(
                audited.stream()
                        .anyMatch(d ->
                                d.startsWith("import job ") && d.contains(hiddenCode) && d.contains("may not read")),
                audited::toString);
    }

    /** Whether {@code text} names {@code id} as a number of its own (a project code's random tag may contain its digits). */
    private boolean namesId(String text, long id) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + id + "(?![0-9A-Za-z])")
                .matcher(text)
                .find();
    }

    private void assertSameReports(java.util.function.LongFunction<String> file, String kind, long hidden) {
        String h = report(outsider, kind, file.apply(hidden)).replace(Long.toString(hidden), "{id}");
        String m = report(outsider, kind, file.apply(MISSING)).replace(Long.toString(MISSING), "{id}");
        assertEquals(m, h, "an import row about a hidden record reads as one about a missing record");
    }

    /** The report of a dry run, without what differs from run to run. */
    private static String report(Api api, String kind, String csv) {
        Api.Reply r =
                api.send("POST", "api/imports?kind=" + kind + "&mode=dry-run", csv, Map.of("Content-Type", "text/csv"));
        assertEquals(202, r.status(), r::toString);
        JsonObject j = await("import job " + r.id() + " finishes")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("api/imports/" + r.id()).json(),
                        job -> Set.of("SUCCEEDED", "FAILED", "REJECTED").contains(job.getString("state")));
        return j.getString("state") + " " + j.getJsonObject("report");
    }

    @Test
    void searchAndExportsCountAHiddenRecordNowhere() {
        String missingCode = "EX-" + tag + "-M";
        awaitIndexed(hiddenCode);
        assertTrue(searchTotal(admin, hiddenCode) >= 1, "the hidden project is indexed");
        for (Api api : List.of(outsider, investor)) {
            assertEquals(
                    answer(api.get("api/search?q=" + missingCode), 0, missingCode),
                    answer(api.get("api/search?q=" + hiddenCode), 0, hiddenCode));
            assertEquals(
                    answer(api.get("api/projects?q=" + missingCode), 0, missingCode),
                    answer(api.get("api/projects?q=" + hiddenCode), 0, hiddenCode));
            assertEquals(
                    answer(api.get("api/exports/projects?format=csv&q=" + missingCode), 0, missingCode),
                    answer(api.get("api/exports/projects?format=csv&q=" + hiddenCode), 0, hiddenCode));
        }
    }

    private static long searchTotal(Api api, String q) {
        return api.get("api/search?q=" + q)
                .json()
                .getJsonObject("total")
                .getJsonNumber("value")
                .longValue();
    }

    private String keyword() {
        return "kw" + tag.toLowerCase();
    }

    @Test
    void statisticsDoNotMoveWithRecordsTheCallerMayNotRead() {
        long a = owner.get("api/auth/me").json().getJsonNumber("institutionId").longValue();
        String outsiderBefore = outsider.get("api/statistics").body();
        String investorBefore = investor.get("api/statistics").body();
        String transfer = "api/statistics/technology-transfer?institutionId=" + a;
        String outsiderFigures = outsider.get(transfer).body();
        String investorFigures = investor.get(transfer).body();
        String adminFigures = admin.get(transfer).body();
        long another = created(
                owner.post("api/projects", project("EX-" + tag + "-S", "CONSORTIUM", a, "Another hidden work")));
        long hidden = created(owner.post("api/ip-assets", asset(another, "CONSORTIUM")));
        Api.Reply owned = owner.put(
                "api/ip-assets/" + hidden + "/ownership",
                "{\"effectiveFrom\":\"2025-06-01\",\"reason\":\"Assignment\",\"shares\":[{\"institutionId\":" + a
                        + ",\"shareBp\":10000}]}",
                "\"0\"");
        assertEquals(200, owned.status(), owned::toString);
        assertEquals(outsiderBefore, outsider.get("api/statistics").body());
        assertEquals(investorBefore, investor.get("api/statistics").body());
        assertNotEquals(adminFigures, admin.get(transfer).body(), "an administrator counts the new asset");
        assertEquals(outsiderFigures, outsider.get(transfer).body());
        assertEquals(investorFigures, investor.get(transfer).body());
    }

    /** Waits until the administrator's search finds the project of this code. */
    private void awaitIndexed(String code) {
        await("the project " + code + " is indexed")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> searchTotal(admin, code), n -> n > 0);
    }

    @Test
    void keywordsAreInternalInvestorsNeitherReadNorExportThem() {
        JsonObject asInvestor = investor.get("api/projects/" + visibleProject).json();
        assertFalse(asInvestor.containsKey("keywords"), asInvestor::toString);
        JsonObject asOffice = outsider.get("api/projects/" + visibleProject).json();
        assertEquals(2, asOffice.getJsonArray("keywords").size(), asOffice::toString);

        String investorExport =
                investor.get("api/exports/projects?format=csv&q=" + visibleCode).body();
        String officeExport =
                outsider.get("api/exports/projects?format=csv&q=" + visibleCode).body();
        assertFalse(investorExport.lines().findFirst().orElse("").contains("keywords"), investorExport);
        assertFalse(investorExport.contains("secret sauce"), investorExport);
        assertTrue(officeExport.lines().findFirst().orElse("").contains("keywords"), officeExport);
        assertTrue(officeExport.contains("secret sauce"), officeExport);
        String investorJson = investor.get("api/exports/projects?format=json&q=" + visibleCode)
                .body();
        assertFalse(investorJson.contains("secret sauce"), investorJson);

        awaitIndexed(visibleCode);
        assertTrue(searchTotal(outsider, keyword()) >= 1, "an office finds a public project by its keywords");
        assertEquals(0, searchTotal(investor, keyword()), "keywords are not searchable by investors");
    }
}
