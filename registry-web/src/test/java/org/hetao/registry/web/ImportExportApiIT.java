package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ImportExportApiIT {
    private static final String PASSWORD = "Spreadsheet-Office-2026";
    private static final String PROJECTS =
            "ref,code,title_en,site,status,start_date,end_date,confidentiality,participants,funding,staffing\n";
    private static final String CSV = "text/csv";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private Api tto;
    private Api investor;
    private String tag;
    private String own;
    private String other;
    private long ownId;
    private long otherId;

    @BeforeEach
    void fixture() {
        admin = new Api(base).asAdmin();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        own = "IO" + tag;
        other = "IX" + tag;
        ownId = institution(own, "HK");
        otherId = institution(other, "MAINLAND");
        tto = account("tto-" + tag.toLowerCase(), "TTO", ownId);
        investor = account("inv-" + tag.toLowerCase(), "INVESTOR", null);
        JsonObject people = run(
                tto,
                "people",
                "ref,name_en,name_zh,institution\nP-1,Chan Tai Man,陳大文," + own + "\nP-2,Ho Wing Sze,," + own + "\n",
                "");
        assertEquals("SUCCEEDED", people.getString("state"), people::toString);
    }

    private long institution(String shortName, String jurisdiction) {
        Api.Reply r = admin.post(
                "api/institutions",
                "{\"shortName\":\"" + shortName + "\",\"name\":{\"en\":\"Institution " + shortName
                        + "\"},\"kind\":\"UNIVERSITY\",\"jurisdiction\":\"" + jurisdiction + "\",\"country\":\""
                        + (jurisdiction.equals("HK") ? "HK" : "CN") + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private Api account(String username, String role, Long institution) {
        Api.Reply r = admin.post(
                "api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                        + (institution == null ? "" : ",\"institutionId\":" + institution) + "}");
        assertEquals(201, r.status(), r::toString);
        return new Api(base).as(username, PASSWORD);
    }

    private String code(int i) {
        return "IE-" + tag + "-" + i;
    }

    private String projectRow(int i, String start, String end, String confidentiality, String participants) {
        return "R-" + i + "," + code(i) + ",Imported project " + i + ",BOTH,ACTIVE," + start + "," + end + ","
                + confidentiality + ",\"" + participants + "\",Innovation and Technology Fund|ITSP|ITS/" + i
                + "/25|150000.00|HKD,\"P-1|PI|50|2025-01-01|2026-12-31|HK_PARK\"\n";
    }

    private String projects(int n) {
        StringBuilder b = new StringBuilder(PROJECTS);
        for (int i = 1; i <= n; i++) {
            b.append(projectRow(i, "2025-01-01", "2026-12-31", "CONSORTIUM", own + "|LEAD; " + other + "|PARTNER"));
        }
        return b.toString();
    }

    private static Api.Reply upload(Api api, String kind, String body, String query) {
        return api.send("POST", "api/imports?kind=" + kind + query, body, Map.of("Content-Type", CSV));
    }

    /** Uploads and waits for the job to finish; returns the finished job. */
    private static JsonObject run(Api api, String kind, String body, String query) {
        Api.Reply r = upload(api, kind, body, query);
        assertEquals(202, r.status(), r::toString);
        return await(api, r.id());
    }

    private static JsonObject await(Api api, long job) {
        return Awaitility.await("import job " + job + " finishes")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("api/imports/" + job).json(), ImportExportApiIT::finished);
    }

    private static boolean finished(JsonObject job) {
        return Set.of("SUCCEEDED", "FAILED", "REJECTED").contains(job.getString("state"));
    }

    private long countProjects(Api api) {
        return api.get("api/projects?q=IE-" + tag + "&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    private JsonObject project(Api api, int i) {
        JsonArray items = api.get("api/projects?q=" + code(i)).json().getJsonArray("items");
        assertEquals(1, items.size(), () -> "project " + code(i));
        return api.get("api/projects/"
                        + items.getJsonObject(0).getJsonNumber("id").longValue())
                .json();
    }

    @Test
    void importsProjectsWithParticipantsAndStaffingFromCsvWithAByteOrderMark() {
        JsonObject job = run(tto, "projects", "\uFEFF" + projects(3), "");
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        assertEquals(3, job.getInt("rowsTotal"));
        assertEquals(3, job.getInt("rowsDone"));
        assertEquals(3, job.getJsonObject("report").getInt("created"));
        JsonObject p = project(tto, 2);
        assertEquals("Imported project 2", p.getJsonObject("title").getString("en"));
        assertEquals(2, p.getJsonArray("participants").size());
        assertEquals("LEAD", p.getJsonArray("participants").getJsonObject(0).getString("role"));
        assertEquals(1, p.getJsonArray("staffing").size());
        assertEquals("PI", p.getJsonArray("staffing").getJsonObject(0).getString("role"));
        assertEquals(1, p.getJsonArray("funding").size());
        JsonArray audit = admin.get("api/audit?entityKind=project&entityId="
                        + p.getJsonNumber("id").longValue())
                .json()
                .getJsonArray("items");
        assertEquals(1, audit.size(), "an imported record is in the audit trail");
    }

    @Test
    void aDryRunValidatesAndReportsButWritesNothing() {
        JsonObject job = run(tto, "projects", projects(4), "&mode=dry-run");
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        assertEquals("dry-run", job.getString("mode"));
        assertTrue(job.getJsonObject("report").getBoolean("dryRun"));
        assertEquals(4, job.getJsonObject("report").getInt("created"));
        assertEquals(0, countProjects(tto));
    }

    @Test
    void twoBadRowsAmongFiftyRejectTheFileWithEveryBadRowColumnAndReason() {
        StringBuilder file = new StringBuilder(PROJECTS);
        for (int i = 1; i <= 50; i++) {
            if (i == 11) {
                file.append(projectRow(i, "2026-01-01", "2025-01-01", "CONSORTIUM", own + "|LEAD"));
            } else if (i == 31) {
                file.append(projectRow(i, "2025-01-01", "", "SECRET", own + "|LEAD"));
            } else {
                file.append(projectRow(i, "2025-01-01", "", "CONSORTIUM", own + "|LEAD"));
            }
        }
        JsonObject job = run(tto, "projects", file.toString(), "");
        assertEquals("REJECTED", job.getString("state"), job::toString);
        JsonArray errors = job.getJsonObject("report").getJsonArray("errors");
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(12, errors.getJsonObject(0).getInt("row"), "row 11 of the data is row 12 of the sheet");
        assertEquals("end_date", errors.getJsonObject(0).getString("column"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("must not be before startDate"));
        assertEquals(32, errors.getJsonObject(1).getInt("row"));
        assertEquals("confidentiality", errors.getJsonObject(1).getString("column"));
        assertEquals("R-31", errors.getJsonObject(1).getString("ref"));
        assertEquals(0, countProjects(tto), "nothing of a rejected file is written");

        long id = job.getJsonNumber("id").longValue();
        Api.Reply csv = tto.get("api/imports/" + id + "/report?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith(CSV));
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        assertEquals("row,ref,column,message", lines.get(0));
        assertTrue(lines.get(1).startsWith("12,R-11,end_date,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("32,R-31,confidentiality,"), lines.get(2));
        assertEquals(200, tto.get("api/imports/" + id + "/report").status());
    }

    @Test
    void importingTheSameFileAgainCreatesNothingTwiceAndUpdatesOnRequest() {
        String file = projects(5);
        assertEquals("SUCCEEDED", run(tto, "projects", file, "").getString("state"));
        JsonObject again = run(tto, "projects", file, "&onDuplicate=skip");
        assertEquals("SUCCEEDED", again.getString("state"), again::toString);
        assertEquals(5, again.getJsonObject("report").getInt("skipped"));
        assertEquals(0, again.getJsonObject("report").getInt("created"));
        assertEquals(5, countProjects(tto));
        long version = project(tto, 3).getJsonNumber("version").longValue();

        JsonObject update =
                run(tto, "projects", file.replace("Imported project", "Renamed project"), "&onDuplicate=update");
        assertEquals("SUCCEEDED", update.getString("state"), update::toString);
        assertEquals(5, update.getJsonObject("report").getInt("updated"));
        assertEquals(5, countProjects(tto));
        JsonObject p = project(tto, 3);
        assertEquals("Renamed project 3", p.getJsonObject("title").getString("en"));
        assertTrue(p.getJsonNumber("version").longValue() > version);
        assertEquals(1, p.getJsonArray("staffing").size(), "the staff line was updated in place, not added twice");
    }

    @Test
    void anOfficesRowForAnotherInstitutionsProjectIsRefusedAndSoTheWholeFile() {
        String file = projects(3) + projectRow(4, "2025-01-01", "", "CONSORTIUM", other + "|LEAD");
        JsonObject job = run(tto, "projects", file, "");
        assertEquals("REJECTED", job.getString("state"), job::toString);
        JsonArray errors = job.getJsonObject("report").getJsonArray("errors");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(5, errors.getJsonObject(0).getInt("row"));
        assertEquals("participants", errors.getJsonObject(0).getString("column"));
        assertEquals(0, countProjects(tto));

        Api otherOffice = account("tto2-" + tag.toLowerCase(), "TTO", institution("IY" + tag, "HK"));
        assertEquals(
                404,
                otherOffice
                        .get("api/imports/" + job.getJsonNumber("id").longValue())
                        .status(),
                "a job is its uploader's");
    }

    @Test
    void aJobShowsItsProgressWhileItRuns() {
        Api.Reply r = upload(tto, "projects", projects(1500), "");
        assertEquals(202, r.status(), r::toString);
        assertTrue(r.header("Location").endsWith("/api/imports/" + r.id()));
        List<String> seen = new ArrayList<>();
        JsonObject j = Awaitility.await("import job " + r.id() + " finishes")
                .atMost(Duration.ofSeconds(180))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            JsonObject now = tto.get("api/imports/" + r.id()).json();
                            seen.add(now.getString("state") + " " + now.getInt("rowsDone") + "/"
                                    + now.getInt("rowsTotal"));
                            assertTrue(
                                    now.getInt("rowsDone") <= Math.max(now.getInt("rowsTotal"), 0)
                                            || now.getInt("rowsTotal") == 0,
                                    now::toString);
                            return now;
                        },
                        ImportExportApiIT::finished);
        assertEquals("SUCCEEDED", j.getString("state"), j::toString);
        assertEquals(1500, j.getInt("rowsDone"));
        assertTrue(
                seen.stream()
                        .anyMatch(
                                s -> s.startsWith("VALIDATING") || s.startsWith("IMPORTING") || s.startsWith("QUEUED")),
                () -> "the job was seen only finished: " + seen);
        assertEquals(1500, countProjects(tto));
    }

    @Test
    void exportsFollowTheListsVisibilityAndNeutraliseFormulas() {
        String file = PROJECTS
                + "R-1," + code(1)
                + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",BOTH,ACTIVE,2025-01-01,,PUBLIC,\"" + own
                + "|LEAD\",,\n"
                + "R-2," + code(2) + ",Secret project,BOTH,ACTIVE,2025-01-01,,CONFIDENTIAL,\"" + own
                + "|LEAD\",,\"P-1|PI|50|2025-01-01||HK_PARK\"\n";
        assertEquals("SUCCEEDED", run(tto, "projects", file, "").getString("state"));

        Api.Reply adminCsv = admin.send("GET", "api/exports/projects?q=IE-" + tag, null, Map.of("Accept", CSV));
        assertEquals(200, adminCsv.status(), adminCsv::toString);
        assertTrue(adminCsv.contentType().startsWith(CSV));
        assertTrue(
                adminCsv.body().startsWith("\uFEFF"),
                "a CSV export starts with a byte order mark, as spreadsheets expect");
        List<String> adminLines = adminCsv.body().substring(1).lines().toList();
        assertTrue(adminLines.get(0).contains("staffing") && adminLines.get(0).contains("funding"), adminLines.get(0));
        assertTrue(adminCsv.body().contains(code(1)) && adminCsv.body().contains(code(2)));
        assertTrue(
                adminCsv.body().contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","),
                adminCsv.body());
        assertFalse(adminCsv.body().contains(",=HYPERLINK"), "no cell starts with =");

        Api.Reply investorCsv = investor.get("api/exports/projects?format=csv&q=IE-" + tag);
        assertEquals(200, investorCsv.status());
        assertTrue(investorCsv.body().contains(code(1)));
        assertFalse(investorCsv.body().contains(code(2)), "an investor's export lacks confidential projects");
        String header = investorCsv.body().substring(1).lines().findFirst().orElseThrow();
        assertFalse(
                header.contains("staffing") || header.contains("funding") || header.contains("abstract_en"), header);

        JsonArray adminJson = admin.get("api/exports/projects?format=json&q=IE-" + tag)
                .structure()
                .asJsonArray();
        assertEquals(2, adminJson.size());
        assertEquals(
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                adminJson.getJsonObject(0).getString("title_en"),
                "JSON is not a spreadsheet");
        JsonArray investorJson = investor.get("api/exports/projects?format=json&q=IE-" + tag)
                .structure()
                .asJsonArray();
        assertEquals(1, investorJson.size());
        assertFalse(investorJson.getJsonObject(0).containsKey("staffing"));
        assertEquals(403, investor.get("api/exports/people?format=csv").status(), "investors read no people");

        Api.Reply template = tto.get("api/imports/templates/projects.csv");
        assertEquals(200, template.status());
        assertEquals(2, template.body().lines().count());
        assertTrue(template.body().substring(1).startsWith("ref,code,title_en"));
    }

    @Test
    void anOfficesChangeOfSharedOwnershipIsProposedToTheOtherOwnerInTheDryRunAsInTheImport() {
        assertEquals("SUCCEEDED", run(tto, "projects", projects(1), "").getString("state"));
        String asset =
                "ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason\n"
                        + "S-A-" + tag + "," + code(1) + ",SOFTWARE,Shared scheduler,4,NOT_AVAILABLE,CONSORTIUM,\""
                        + own + "|5000; " + other
                        + "|5000\",2025-06-01,Joint development agreement\n";
        JsonObject dry = run(tto, "ip-assets", asset, "&mode=dry-run");
        assertEquals("SUCCEEDED", dry.getString("state"), dry::toString);
        JsonObject planned =
                dry.getJsonObject("report").getJsonArray("ownership").getJsonObject(0);
        assertEquals("proposed", planned.getString("outcome"), dry::toString);
        assertTrue(
                planned.getString("message").contains("awaiting the approval of institutions [" + otherId + "]"),
                dry::toString);

        JsonObject job = run(tto, "ip-assets", asset, "");
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        JsonObject done = job.getJsonObject("report").getJsonArray("ownership").getJsonObject(0);
        assertEquals("proposed", done.getString("outcome"), job::toString);
        JsonObject proposal = admin.get("api/ownership-proposals/"
                        + done.getJsonNumber("proposal").longValue())
                .json();
        assertEquals("OPEN", proposal.getString("state"), proposal::toString);
        assertEquals("tto-" + tag.toLowerCase(), proposal.getString("proposedBy"), "the importing account proposes");
        long assetId = proposal.getJsonNumber("ipAssetId").longValue();
        assertEquals(
                0,
                admin.get("api/ip-assets/" + assetId + "/ownership").json().getInt("currentVersion"),
                "nothing took effect");
        assertTrue(
                admin.get("api/audit?entityKind=ownership-proposal&entityId=" + proposal.getJsonNumber("id"))
                                .json()
                                .getInt("total")
                        >= 1,
                "the proposal is audited");
        String href = "/api/ownership-proposals/" + proposal.getJsonNumber("id");
        assertTrue(
                admin.get("api/inbox?institutionId=" + otherId).json().getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(i -> i.getString("kind").equals("APPROVAL_REQUESTED")
                                && i.getString("href").equals(href)),
                "the other owner's office finds the request in its inbox");

        JsonObject again = run(tto, "ip-assets", asset, "&onDuplicate=update");
        assertEquals("REJECTED", again.getString("state"), () -> "one open proposal per asset: " + again);
    }

    @Test
    void anInstitutionsBackupImportsIntoAFreshStateWithoutLoss() {
        String home = "IB" + tag;
        long homeId = institution(home, "MAINLAND");
        String people = "ref,name_en,name_zh,orcid,institution,email\nB-1-" + tag
                + ",Li Wei,李伟,,home,li.wei@example.org\nB-2-" + tag + ",Wang Fang,王芳,,home,\n";
        assertEquals(
                "SUCCEEDED",
                run(admin, "people", people.replace("home", home), "").getString("state"));
        String project = PROJECTS + "B-P-" + tag + "," + code(9)
                + ",Backup project,BOTH,ACTIVE,2025-01-01,2027-06-30,CONSORTIUM,\"" + home
                + "|LEAD; " + own
                + "|PARTNER\",Shenzhen Science and Technology Innovation Commission|Hetao|SZ-1|800000.00|CNY,"
                + "\"B-1-" + tag + "|PI|40|2025-01-01|2027-06-30|HK_PARK|APPROVED|2025-01-01|2027-06-30; B-2-" + tag
                + "|POSTDOC|100|2025-03-01||SHENZHEN_PARK\"\n";
        JsonObject p = run(admin, "projects", project, "");
        assertEquals("SUCCEEDED", p.getString("state"), p::toString);
        String asset =
                "ref,project,type,title_en,readiness_level,licensing,confidentiality,filings,inventors,owners,ownership_from,ownership_reason,"
                        + "owner_approvals\n"
                        + "B-A-" + tag + "," + code(9)
                        + ",PATENT_APPLICATION,Backup patent,4,NOT_AVAILABLE,CONSORTIUM,CN|2025101234567||2025-03-01||FILED,"
                        + "\"B-1-" + tag + "|6000; B-2-" + tag + "|4000\",\"" + home + "|7000; " + own
                        + "|3000\",2025-06-01,Joint development agreement,"
                        + home + "|Signed joint development agreement 2025-06\n";
        JsonObject a = run(admin, "ip-assets", asset, "");
        assertEquals("SUCCEEDED", a.getString("state"), a::toString);
        // the administrator records the approval of the institution without an office; the other owner's office decides
        // for itself
        JsonObject line = a.getJsonObject("report").getJsonArray("ownership").getJsonObject(0);
        assertEquals("proposed", line.getString("outcome"), a::toString);
        assertEquals(ownId, line.getJsonArray("awaiting").getJsonNumber(0).longValue());
        long proposal = line.getJsonNumber("proposal").longValue();
        Api.Reply awaiting = tto.get("api/ownership-proposals/" + proposal);
        assertEquals(
                List.of(ownId),
                awaiting.json().getJsonArray("pending").stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                        .toList());
        Api.Reply approved = tto.send(
                "POST", "api/ownership-proposals/" + proposal + "/approve", null, Map.of("If-Match", awaiting.etag()));
        assertEquals("APPROVED", approved.json().getString("state"), approved::toString);

        Api.Reply backup = admin.get("api/exports/institution/" + homeId);
        assertEquals(200, backup.status(), backup::toString);
        List<String> before = backup.body().lines().toList();
        assertEquals(
                List.of("backup", "institution", "institution", "person", "person", "project", "ip-asset", "ownership"),
                before.stream()
                        .map(l -> l.replaceAll("^\\{\"record\":\"([a-z-]+)\".*", "$1"))
                        .toList(),
                backup.body());
        assertEquals(
                403,
                tto.get("api/exports/institution/" + homeId).status(),
                "another institution's office may not back it up");

        // a fresh state: the institution's records are gone
        JsonObject proj = project(admin, 9);
        long projectId = proj.getJsonNumber("id").longValue();
        JsonObject assetView = admin.get("api/ip-assets?projectId=" + projectId)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(
                204,
                admin.delete(
                                "api/ip-assets/" + assetView.getJsonNumber("id"),
                                "\"" + assetView.getJsonNumber("version") + "\"")
                        .status());
        assertEquals(
                204,
                admin.delete("api/projects/" + projectId, "\"" + proj.getJsonNumber("version") + "\"")
                        .status());
        for (JsonObject person : admin.get("api/people?institutionId=" + homeId)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            assertEquals(
                    204,
                    admin.delete(
                                    "api/people/" + person.getJsonNumber("id"),
                                    "\"" + person.getJsonNumber("version") + "\"")
                            .status());
        }
        JsonObject inst = admin.get("api/institutions/" + homeId).json();
        assertEquals(
                204,
                admin.delete("api/institutions/" + homeId, "\"" + inst.getJsonNumber("version") + "\"")
                        .status());

        Api.Reply restore = admin.send(
                "POST", "api/imports?kind=backup", backup.body(), Map.of("Content-Type", "application/x-ndjson"));
        assertEquals(202, restore.status(), restore::toString);
        JsonObject job = await(admin, restore.id());
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        assertEquals(
                6,
                job.getJsonObject("report").getInt("created"),
                "the institution, two people, the project, the asset and its ownership version come back");
        assertEquals(1, job.getJsonObject("report").getInt("skipped"), "the partner institution is still there");

        long newId = admin.get("api/institutions?q=" + home)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        List<String> after =
                admin.get("api/exports/institution/" + newId).body().lines().toList();
        assertEquals(before, after, "the backup of the restored institution is the backup it was restored from");
    }

    @Test
    void anOversizedUploadIsRefusedWith413AndTheServerKeepsServing() throws IOException, InterruptedException {
        long size = 200L * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(new Api(base).base().resolve("api/imports?kind=projects"))
                .header("Authorization", "Bearer " + tto.token())
                .header("Content-Type", CSV)
                .expectContinue(true)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.fromPublisher(zeros(size), size))
                .build();
        HttpResponse<String> r = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertProblem(new Api.Reply(r.statusCode(), r.headers().map(), r.body()), 413);
        assertTrue(r.body().contains("52428800"), r.body());
        assertEquals(200, tto.get("api/institutions?size=1").status(), "the server keeps serving");
        assertEquals("SUCCEEDED", run(tto, "projects", projects(1), "").getString("state"));
    }

    /** A body of zeros made as it is sent, never held in memory. */
    private static Flow.Publisher<ByteBuffer> zeros(long size) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private long sent;
            private boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                    if (sent >= size) {
                        done = true;
                        subscriber.onComplete();
                        return;
                    }
                    int chunk = (int) Math.min(64 * 1024, size - sent);
                    sent += chunk;
                    subscriber.onNext(ByteBuffer.wrap(new byte[chunk]));
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    @SuppressWarnings("unused")
    private static String lines(String... l) {
        return Arrays.stream(l).collect(Collectors.joining("\n", "", "\n"));
    }
}
