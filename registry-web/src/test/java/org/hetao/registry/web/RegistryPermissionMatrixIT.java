package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls every endpoint of the deployed OpenAPI document as every kind of caller and compares the
 * answers with the permission matrix in docs/security.md. An endpoint missing from the matrix, a
 * row for an endpoint that does not exist, or any cell that differs fails the build.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryPermissionMatrixIT {
    private static final List<String> CALLERS =
            List.of("ADMIN", "LEGAL", "INVESTOR", "TTO own", "TTO other", "anonymous");
    private static final String PASSWORD = "Matrix-Check-2718";
    private static final String STALE = "\"999999\"";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, String> usernames = new LinkedHashMap<>();
    private long a;
    private long b;
    private long person;
    private long project;
    private long staffing;
    private long asset;
    private long account;
    private String aCode;
    private long agreement;
    private long job;
    private long c;
    private long proposal;
    private long inboxItem;
    private long savedSearch;
    private String feedToken;
    private long offered;
    private long enquiry;
    private long ownershipVersion;
    private long recordal;
    private long transfer;
    private long grant;

    @Test
    void everyEndpointAnswersEveryCallerAsDocumented() throws IOException {
        Map<String, Map<String, String>> matrix = documentedMatrix();
        Set<String> deployed = deployedEndpoints();
        assertEquals(
                new TreeSet<>(matrix.keySet()),
                new TreeSet<>(deployed),
                "docs/security.md must list exactly the deployed endpoints (left: documented, right: deployed)");

        Map<String, Api> callers = fixture();
        List<String> mismatches = new ArrayList<>();
        for (String endpoint : deployed) {
            for (String caller : CALLERS) {
                String expected = matrix.get(endpoint).get(caller);
                Api api = endpoint.equals("DELETE /api/auth/token") ? fresh(caller) : callers.get(caller);
                Api.Reply r;
                try {
                    r = call(api, endpoint);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Calling " + endpoint + " as " + caller + " failed", e);
                }
                boolean ok = expected.equals("allow")
                        ? r.status() != 401 && r.status() != 403 && r.status() != 404 && r.status() < 500
                        : r.status() == Integer.parseInt(expected);
                if (!ok) {
                    mismatches.add(endpoint + " as " + caller + ": documented " + expected + ", got " + r);
                }
            }
        }
        assertTrue(
                mismatches.isEmpty(),
                () -> mismatches.size() + " cell(s) differ from docs/security.md:\n" + String.join("\n", mismatches));
    }

    /** The table between the matrix markers of docs/security.md: "METHOD path" to caller to cell. */
    static Map<String, Map<String, String>> documentedMatrix() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("registry.securityDoc", "../docs/security.md")));
        String table = doc.substring(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 9 || !cells[1].strip().matches("GET|POST|PUT|DELETE|PATCH")) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                row.put(CALLERS.get(i), cells[3 + i].strip());
            }
            rows.put(cells[1].strip() + " " + cells[2].strip(), row);
        }
        assertFalse(rows.isEmpty(), "the matrix in docs/security.md is empty");
        return rows;
    }

    /** "METHOD path" of every operation in the deployed OpenAPI document. */
    private Set<String> deployedEndpoints() {
        Api.Reply doc = new Api(root()).get("openapi");
        assertEquals(200, doc.status());
        Set<String> endpoints = new TreeSet<>();
        String path = null;
        Pattern pathLine = Pattern.compile("^  (/api/\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
        for (String line : doc.body().split("\n")) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (line.matches("^  \\S.*") || line.matches("^\\S.*")) {
                path = null;
            } else if (m.matches() && path != null) {
                endpoints.add(m.group(1).toUpperCase() + " " + path);
            }
        }
        return endpoints;
    }

    private java.net.URI root() {
        return java.net.URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }

    private Map<String, Api> fixture() {
        Api admin = new Api(base).asAdmin();
        Api.Reply institutionA = admin.post("api/institutions", institution());
        a = institutionA.id();
        aCode = institutionA.json().getString("shortName");
        b = admin.post("api/institutions", institution()).id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        usernames.put("ADMIN", "admin");
        usernames.put("LEGAL", account(admin, "legal-" + suffix, "LEGAL", null));
        usernames.put("INVESTOR", account(admin, "investor-" + suffix, "INVESTOR", null));
        usernames.put("TTO own", account(admin, "tto-a-" + suffix, "TTO", a));
        usernames.put("TTO other", account(admin, "tto-b-" + suffix, "TTO", b));
        account = admin.get("api/accounts?size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(usernames.get("INVESTOR")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        person = created(admin.post("api/people", person()));
        project = created(admin.post("api/projects", project()));
        staffing = created(admin.post("api/projects/" + project + "/staffing", staff()));
        asset = created(admin.post("api/ip-assets", asset()));
        // A's office records A as the sole owner: no one else's approval is needed (an administrator's change would
        // await A's office)
        assertEquals(
                200,
                fresh("TTO own")
                        .put("api/ip-assets/" + asset + "/ownership", ownership(), "\"0\"")
                        .status());
        agreement = created(admin.post("api/agreements", agreement()));
        ownershipVersion = admin.get("api/ip-assets/" + asset + "/ownership")
                .json()
                .getJsonArray("history")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        recordal = created(admin.post("api/recordals", recordal(true)));
        transfer = created(admin.post("api/transfers", transfer()));
        grant = created(admin.post("api/projects/" + project + "/grants", grant()));

        Map<String, Api> callers = new LinkedHashMap<>();
        for (String c : CALLERS) {
            callers.put(c, fresh(c));
        }
        Api.Reply upload = callers.get("TTO own")
                .send("POST", "api/imports?kind=people&mode=dry-run", peopleCsv(), Map.of("Content-Type", "text/csv"));
        assertEquals(202, upload.status(), upload::toString);
        job = upload.id();
        // proposal Q: A's office proposes A 60 %, C 40 %; it awaits C, which has no office account
        c = admin.post("api/institutions", institution()).id();
        Api.Reply q = callers.get("TTO own")
                .send(
                        "POST",
                        "api/ip-assets/" + asset + "/ownership/proposals",
                        proposal(),
                        Map.of("If-Match", "\"1\""));
        assertEquals(201, q.status(), q::toString);
        proposal = q.id();
        // issuing the agreement puts an item into the inbox of its asset's owner, A
        String etag = admin.get("api/agreements/" + agreement).etag();
        assertEquals(
                200,
                admin.send(
                                "POST",
                                "api/agreements/" + agreement + "/issue",
                                "{\"acknowledgedWarnings\":true}",
                                Map.of("If-Match", etag))
                        .status());
        // every party signs it and its signed copy (here the issued PDF itself) is kept: the signed copy can be read
        Api.Reply signed = admin.send(
                "POST",
                "api/agreements/" + agreement + "/sign",
                "{}",
                Map.of("If-Match", admin.get("api/agreements/" + agreement).etag()));
        assertEquals(200, signed.status(), signed::toString);
        assertEquals(
                200,
                putPdf(
                        admin,
                        "api/agreements/" + agreement + "/signed-copy",
                        signed.etag(),
                        admin.download("api/agreements/" + agreement + "/pdf").body()));
        // the investor's saved search, with a feed: other accounts' requests for it are "not found"
        Api.Reply saved = callers.get("INVESTOR").post("api/saved-searches", savedSearch());
        savedSearch = created(saved);
        Api.Reply feed = callers.get("INVESTOR")
                .send("POST", "api/saved-searches/" + savedSearch + "/feed-token", null, Map.of());
        assertEquals(200, feed.status(), feed::toString);
        feedToken = feed.json().getString("token");
        inboxItem = admin.get("api/inbox?institutionId=" + a)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        // asset O, public and offered for licensing, owned by A: the investor's enquiry E about it
        long publicProject = created(admin.post("api/projects", project().replace("CONSORTIUM", "PUBLIC")));
        offered = created(admin.post(
                "api/ip-assets",
                asset().replace("\"projectId\":" + project, "\"projectId\":" + publicProject)
                        .replace("NOT_AVAILABLE", "NON_EXCLUSIVE")
                        .replace("CONSORTIUM", "PUBLIC")
                        .replace(
                                "\"readinessLevel\"",
                                "\"publicSummary\":\"Matrix know-how offered for licensing\",\"readinessLevel\"")));
        assertEquals(
                200,
                callers.get("TTO own")
                        .put("api/ip-assets/" + offered + "/ownership", ownership(), "\"0\"")
                        .status());
        enquiry = created(callers.get("INVESTOR").post("api/ip-assets/" + offered + "/enquiries", enquiry()));
        return callers;
    }

    /** PUT of a PDF's bytes, as a signed copy is uploaded; the status of the answer. */
    private static int putPdf(Api api, String path, String etag, byte[] pdf) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(api.base().resolve(path))
                                    .header("Authorization", "Bearer " + api.token())
                                    .header("Content-Type", "application/pdf")
                                    .header("If-Match", etag)
                                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api fresh(String caller) {
        if (caller.equals("anonymous")) {
            return new Api(base);
        }
        return caller.equals("ADMIN") ? new Api(base).asAdmin() : new Api(base).as(usernames.get(caller), PASSWORD);
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static String account(Api admin, String username, String role, Long institution) {
        Api.Reply r = admin.post(
                "api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                        + (institution == null ? "" : ",\"institutionId\":" + institution) + "}");
        assertEquals(201, r.status(), r::toString);
        return username;
    }

    private Api.Reply call(Api api, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 2)
                .replace("ownership-proposals/{id}", "ownership-proposals/" + proposal)
                .replace("inbox/{id}", "inbox/" + inboxItem)
                .replace("saved-searches/{id}", "saved-searches/" + savedSearch)
                .replace("{token}", feedToken)
                .replace("ip-assets/{id}/enquiries", "ip-assets/" + offered + "/enquiries")
                .replace("enquiries/{id}", "enquiries/" + enquiry)
                .replace("imports/{id}", "imports/" + job)
                .replace("templates/{kind}.csv", "templates/projects.csv")
                .replace("exports/institution/{id}", "exports/institution/" + a)
                .replace("exports/{kind}", "exports/projects")
                .replace("projects/{id}", "projects/" + project)
                .replace("projects/{projectId}", "projects/" + project)
                .replace("{grantId}", Long.toString(grant))
                .replace("transfers/{id}", "transfers/" + transfer)
                .replace("{staffingId}", Long.toString(staffing))
                .replace("ip-assets/{id}", "ip-assets/" + asset)
                .replace("people/{id}", "people/" + person)
                .replace("institutions/{id}", "institutions/" + a)
                .replace("accounts/{id}", "accounts/" + account)
                .replace("agreements/{id}", "agreements/" + agreement)
                .replace("recordals/{id}", "recordals/" + recordal)
                .replace("frameworks/{version}", "frameworks/1");
        String body = method.equals("POST") || method.equals("PUT") ? body(endpoint) : null;
        boolean changesRecord = method.equals("PUT")
                || method.equals("DELETE")
                || path.matches(".*/(issue|sign|supersede|approve|reject|withdraw|proposals|status)")
                        && !endpoint.equals("GET /api/ip-assets/{id}/ownership/proposals");
        Map<String, String> headers = changesRecord ? Map.of("If-Match", STALE) : Map.of();
        if (endpoint.equals("PUT /api/agreements/{id}/signed-copy")) {
            return api.send(method, path, "%PDF-1.7", Map.of("Content-Type", "application/pdf", "If-Match", STALE));
        }
        if (endpoint.equals("POST /api/imports")) {
            return api.send(method, path + "?kind=people&mode=dry-run", body, Map.of("Content-Type", "text/csv"));
        }
        return api.send(method, path, body, headers);
    }

    /** A valid body for each endpoint that takes one, naming the fixture's records. */
    private String body(String endpoint) {
        return switch (endpoint) {
            case "POST /api/auth/token" ->
                "{\"username\":\"" + usernames.get("INVESTOR") + "\",\"password\":\"" + PASSWORD + "\"}";
            case "POST /api/accounts" ->
                "{\"username\":\"new-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"password\":\"" + PASSWORD
                        + "\",\"role\":\"LEGAL\"}";
            case "PUT /api/accounts/{id}" -> "{\"role\":\"INVESTOR\"}";
            case "PUT /api/auth/me/email" -> "{\"email\":\"matrix@example.org\"}";
            case "POST /api/institutions", "PUT /api/institutions/{id}" -> institution();
            case "PUT /api/institutions/{id}/aliases" -> "{\"aliases\":[\"矩陣大\"]}";
            case "POST /api/people", "PUT /api/people/{id}" -> person();
            case "POST /api/recordals" -> recordal(true);
            case "PUT /api/recordals/{id}" -> recordal(false);
            case "POST /api/transfers", "PUT /api/transfers/{id}" -> transfer();
            case "POST /api/transfers/{id}/status" -> "{\"status\":\"CANCELLED\"}";
            case "POST /api/projects/{projectId}/grants", "PUT /api/projects/{projectId}/grants/{grantId}" -> grant();
            case "POST /api/projects", "PUT /api/projects/{id}" -> project();
            case "POST /api/projects/{projectId}/staffing", "PUT /api/projects/{projectId}/staffing/{staffingId}" ->
                staff();
            case "POST /api/ip-assets", "PUT /api/ip-assets/{id}" -> asset();
            case "PUT /api/ip-assets/{id}/ownership", "POST /api/ip-assets/{id}/ownership/proposals" -> ownership();
            case "POST /api/ownership-proposals/{id}/reject" -> "{\"reason\":\"Not agreed\"}";
            case "POST /api/ip-assets/{id}/enquiries" -> enquiry();
            case "POST /api/enquiries/{id}/messages",
                    "POST /api/enquiries/{id}/notes",
                    "POST /api/public/enquiry-threads/{token}/messages" -> "{\"text\":\"Matrix message\"}";
            // visitors' enquiries are off (the default): the public enquiry endpoints do not exist for anyone
            case "POST /api/public/ip-assets/{id}/enquiries" ->
                "{\"name\":\"Matrix visitor\",\"organisation\":\"Matrix Ventures\",\"email\":\"matrix@example.org\",\"interest\":\"LICENCE\",\"message\":\"Matrix enquiry\"}";
            // secrets that name nothing (the feed's secret is well formed): not found
            case "POST /api/public/visitor-enquiries/confirm", "POST /api/digests/unsubscribe" ->
                "{\"token\":\"" + feedToken + "\"}";
            case "PUT /api/admin/settings" -> "{\"publicCatalogueEnabled\":false,\"visitorEnquiriesEnabled\":false}";
            case "PUT /api/saved-searches/{id}/digest" -> "{\"frequency\":\"DAILY\"}";
            case "POST /api/enquiries/{id}/status" -> "{\"status\":\"NDA\"}";
            case "POST /api/ip-assets/{id}/deadlines/done" ->
                "{\"key\":\"paris-priority/" + asset + "/MX20260001\",\"producedFiling\":\"MX-2026-0001\"}";
            case "POST /api/agreements" -> agreement();
            // not a whole framework: an administrator is refused with 400, nothing is published
            case "POST /api/frameworks" -> "{\"version\":1}";
            case "POST /api/imports" -> peopleCsv();
            case "POST /api/saved-searches", "PUT /api/saved-searches/{id}" -> savedSearch();
            default -> "{}";
        };
    }

    private String institution() {
        return "{\"shortName\":\"M"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                + "\",\"name\":{\"en\":\"Matrix institution\",\"zhHant\":\"矩陣機構\",\"zhHans\":\"矩阵机构\"},\"kind\":\"UNIVERSITY\",\"jurisdiction\":\"HK\",\"country\":\"HK\"}";
    }

    private static String savedSearch() {
        return "{\"name\":\"Matrix search\",\"q\":\"know-how\",\"types\":[\"ip-asset\"],\"lang\":\"en\"}";
    }

    private String person() {
        return "{\"nameEn\":\"Ho Wing Sze\",\"nameZh\":\"何詠詩\",\"institutionId\":" + a + "}";
    }

    /** A CSV file of one person of institution A, as a spreadsheet exports it. */
    /** A CNIPA recordal of the fixture asset's first ownership version (A's), naming it when {@code create}. */
    private String recordal(boolean create) {
        return "{" + (create ? "\"ownershipVersionId\":" + ownershipVersion + "," : "")
                + "\"office\":\"CNIPA\",\"type\":\"ASSIGNMENT\",\"status\":\"FILED\",\"filedDate\":\"2026-03-02\"}";
    }

    /** Research data of project P between A's labs in the two parks (A is P's only participant). */
    private String transfer() {
        return "{\"projectId\":" + project + ",\"kind\":\"RESEARCH_DATA\",\"description\":{\"en\":\"Matrix data\"},"
                + "\"fromInstitutionId\":" + a + ",\"fromPark\":\"SHENZHEN_PARK\",\"toInstitutionId\":" + a
                + ",\"toPark\":\"HK_PARK\",\"clearanceRoute\":\"NOT_REQUIRED\",\"requestedDate\":\"2026-03-02\"}";
    }

    /** A matching grant of project P to A. */
    private String grant() {
        return "{\"institutionId\":" + a + ",\"funder\":\"Matrix funder\",\"scheme\":\"MATCHING_BASIC_RESEARCH\","
                + "\"amount\":1000000,\"currency\":\"HKD\",\"side\":\"HK\",\"awardedDate\":\"2026-01-15\"}";
    }

    private String peopleCsv() {
        return "ref,name_en,institution\nM-" + counter.incrementAndGet() + ",Matrix Person,registry:" + a + "\n";
    }

    private String project() {
        return """
                {"code":"MX-%d-%s","title":{"en":"Matrix project"},"site":"HK_PARK","status":"ACTIVE","startDate":"2025-01-01",
                 "confidentiality":"CONSORTIUM","participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(
                        counter.incrementAndGet(),
                        UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        a);
    }

    private String staff() {
        return "{\"personId\":" + person
                + ",\"role\":\"POSTDOC\",\"ftePercent\":50,\"startDate\":\"2025-01-01\",\"park\":\"HK_PARK\"}";
    }

    private String asset() {
        return """
                {"projectId":%d,"type":"KNOW_HOW","title":{"en":"Matrix know-how"},"readinessLevel":3,
                 "licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM",
                 "filings":[{"jurisdiction":"CN","applicationNumber":"MX-2026-0001","filingDate":"2026-01-05","status":"FILED"}]}
                """.formatted(project);
    }

    private String agreement() {
        return """
                {"ipAssetId":%d,"options":{"ownership":{"model":"JOINT_SHARES"},
                 "exploitation":{"use":"NOT_REQUIRED","nonExclusiveLicence":"ALL_OWNERS","exclusiveLicence":"ALL_OWNERS","assignment":"ALL_OWNERS"},
                 "prosecution":{"stepIn":true,"abandonmentNoticeDays":60},"publication":{"noticeDays":60},"governingLaw":"HONG_KONG",
                 "disputeResolution":{"institution":"HKIAC","seat":"HONG_KONG","arbitrators":1,"language":"ENGLISH"},
                 "recordingParty":"%s","language":{"language":"EN"}},
                 "signatories":[{"party":"%s","name":"Ho Wing Sze","title":"Director of Technology Transfer"}]}
                """.formatted(asset, aCode, aCode);
    }

    private String proposal() {
        return "{\"effectiveFrom\":\"2025-07-01\",\"reason\":\"Assignment of 40 %\",\"shares\":[{\"institutionId\":" + a
                + ",\"shareBp\":6000},{\"institutionId\":" + c + ",\"shareBp\":4000}]}";
    }

    private static String enquiry() {
        return "{\"interest\":\"LICENCE\",\"message\":\"Matrix enquiry\"}";
    }

    private String ownership() {
        return "{\"effectiveFrom\":\"2025-06-01\",\"reason\":\"Assignment\",\"shares\":[{\"institutionId\":" + a
                + ",\"shareBp\":10000}]}";
    }
}
