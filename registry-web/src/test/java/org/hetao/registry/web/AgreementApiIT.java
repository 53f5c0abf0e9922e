package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Agreements through the API on the real application: a three-party Hong Kong–Shenzhen asset
 * (3334/3333/3333 bp), drafts with warnings, PDFs read back with PDFBox, issue, verification,
 * supersession, out-of-date flags (also when an import changes the ownership), access, bad options and
 * a new framework version.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {
    private static final String PASSWORD = "Loop-Agreement-2026";
    private static final String[][] NAMES = {
        {"Lok Ma Chau Loop University (Test)", "落馬洲河套大學（測試）", "落马洲河套大学（测试）"},
        {"Futian Institute of Research (Test)", "福田研究院（測試）", "福田研究院（测试）"},
        {"Shenzhen Bay Robotics Ltd (Test)", "深圳灣機械人有限公司（測試）", "深圳湾机器人有限公司（测试）"},
    };

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private Api legal;
    private final long[] owners = new long[3];
    private final String[] codes = new String[3];
    private long outsider;
    private long project;
    private long asset;

    @BeforeEach
    void world() {
        admin = new Api(base).asAdmin();
        String[][] places = {
            {"HK", "HK", "UNIVERSITY"}, {"MAINLAND", "CN", "RESEARCH_INSTITUTE"}, {"MAINLAND", "CN", "ENTERPRISE"}
        };
        for (int i = 0; i < 3; i++) {
            Api.Reply r =
                    admin.post("api/institutions", institution(NAMES[i], places[i][0], places[i][1], places[i][2]));
            owners[i] = created(r);
            codes[i] = r.json().getString("shortName");
        }
        outsider = created(admin.post(
                "api/institutions",
                institution(new String[] {"Other Institute (Test)", "其他研究所", "其他研究所"}, "HK", "HK", "UNIVERSITY")));
        legal = account("LEGAL", null);
        project = created(admin.post("api/projects", """
                {"code":"AG-%s","title":{"en":"Soft robots for sample handling","zhHant":"樣本處理軟體機械人","zhHans":"样本处理软体机器人"},
                 "site":"BOTH","status":"ACTIVE","startDate":"2025-01-01","confidentiality":"CONSORTIUM",
                 "participants":[{"institutionId":%d,"role":"LEAD"},{"institutionId":%d,"role":"PARTNER"},
                                 {"institutionId":%d,"role":"INDUSTRY_PARTNER"}]}
                """.formatted(suffix(), owners[0], owners[1], owners[2])));
        long[] inventors = new long[3];
        String[][] people = {{"Chan Tai Man", "陳大文"}, {"Li Ming", "李明"}, {"Wang Fang", "王芳"}};
        for (int i = 0; i < 3; i++) {
            inventors[i] = created(admin.post(
                    "api/people",
                    "{\"nameEn\":\"%s\",\"nameZh\":\"%s\",\"institutionId\":%d}"
                            .formatted(people[i][0], people[i][1], owners[i])));
        }
        asset = created(admin.post("api/ip-assets", """
                {"projectId":%d,"type":"PATENT_APPLICATION",
                 "title":{"en":"Soft gripper for sample tubes","zhHant":"樣本管軟夾爪","zhHans":"样本管软夹爪"},
                 "readinessLevel":4,"licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM",
                 "filings":[{"jurisdiction":"CN","applicationNumber":"CN2026%07d.1","filingDate":"2026-02-01","status":"FILED"},
                            {"jurisdiction":"HK","applicationNumber":"HK3%07d","status":"PLANNED"}],
                 "inventors":[{"personId":%d,"shareBp":4000},{"personId":%d,"shareBp":3500},{"personId":%d,"shareBp":2500}]}
                """.formatted(
                        project,
                        (int) (Math.random() * 9_999_999),
                        (int) (Math.random() * 9_999_999),
                        inventors[0],
                        inventors[1],
                        inventors[2])));
        Api.Reply v1 = admin.recordOwnership(asset, shares("2026-01-01", 3334, 3333, 3333), "\"0\"");
        assertEquals(200, v1.status(), v1::toString);
    }

    @Test
    void draftsIssuesVerifiesAndSupersedesAnAgreement() {
        Api.Reply draft = legal.post("api/agreements", request(options()));
        assertEquals(201, draft.status(), draft::toString);
        JsonObject d = draft.json();
        long id = d.getJsonNumber("id").longValue();
        assertEquals("DRAFT", d.getString("status"));
        assertEquals(1, d.getInt("ownershipVersion"));
        assertEquals("33.34 %", d.getJsonArray("owners").getJsonObject(0).getString("percent"));
        List<String> warnings = codes(d.getJsonArray("warnings"));
        assertTrue(
                warnings.containsAll(List.of("EXPLOITATION_CONSENT_NOT_STATED", "RECORDING_PARTY_NOT_NAMED")),
                warnings::toString);

        Api.Download pdf = legal.download("api/agreements/" + id + "/pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.header("Content-Type"));
        Pdf read = Pdf.of(pdf.body());
        for (String[] name : NAMES) {
            for (String script : name) {
                assertTrue(read.contains(script), () -> "the draft names " + script);
            }
        }
        for (String share : List.of("33.34 %", "33.33 %", "40.00 %", "35.00 %", "25.00 %")) {
            assertTrue(read.contains(share), share);
        }
        read.pages().forEach(page -> assertTrue(page.contains("DRAFT"), "every page of a draft is marked DRAFT"));
        for (JsonValue w : d.getJsonArray("warnings")) {
            JsonObject title = w.asJsonObject().getJsonObject("title");
            assertTrue(
                    read.contains(title.getString("en")) && read.contains(title.getString("zhHant")),
                    () -> "the box names the warning by its title in each of the draft's languages: " + title);
            assertFalse(read.contains(w.asJsonObject().getString("code")), "no raw code in the box");
        }
        assertTrue(read.contains("Points to resolve before issue"));
        assertTrue(
                read.fontsEmbedded().values().stream().allMatch(Boolean::booleanValue), read.fontsEmbedded()::toString);
        assertArrayEquals(
                pdf.body(),
                legal.download("api/agreements/" + id + "/pdf").body(),
                "a draft renders to the same bytes every time");
        writeSample(pdf.body());

        String etag = draft.etag();
        assertProblem(legal.post("api/agreements/" + id + "/issue", "{}"), 428);
        assertFieldError(issue(id, etag, "{}"), "acknowledgedWarnings");
        assertFieldError(issue(id, etag, "{\"acknowledgedWarnings\":false}"), "acknowledgedWarnings");
        Api.Reply issued = issue(id, etag, "{\"acknowledgedWarnings\":true}");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("ISSUED", issued.json().getString("status"));
        assertTrue(issued.json().getBoolean("warningsAcknowledged"));
        String sha = issued.json().getString("pdfSha256");
        assertProblem(issue(id, issued.etag(), "{\"acknowledgedWarnings\":true}"), 409);

        Api.Download first = legal.download("api/agreements/" + id + "/pdf");
        Api.Download second = admin.download("api/agreements/" + id + "/pdf");
        assertArrayEquals(first.body(), second.body(), "an issued agreement is served byte for byte the same");
        assertEquals(sha, sha256(first.body()));
        assertEquals("\"" + sha + "\"", first.header("ETag"));
        Pdf issuedPdf = Pdf.of(first.body());
        assertFalse(issuedPdf.contains("DRAFT"), "no draft mark on the issued agreement");
        assertFalse(issuedPdf.contains("Points to resolve"));
        for (String[] name : NAMES) {
            assertTrue(issuedPdf.contains(name[0]) && issuedPdf.contains(name[1]) && issuedPdf.contains(name[2]));
        }
        JsonObject verified = legal.get("api/agreements/" + id + "/verify").json();
        assertTrue(verified.getBoolean("verified"), verified::toString);
        assertEquals(sha, verified.getString("renderedSha256"));

        Api.Reply v2 = admin.recordOwnership(asset, shares("2026-07-01", 5000, 2500, 2500), "\"1\"");
        assertEquals(200, v2.status(), v2::toString);
        Api.Reply flagged = legal.get("api/agreements/" + id);
        assertTrue(flagged.json().getBoolean("outOfDate"), "made from ownership version 1, which is no longer current");
        assertEquals("ISSUED", flagged.json().getString("status"));
        assertEquals(sha, flagged.json().getString("pdfSha256"));
        assertTrue(ids(legal.get("api/agreements?ipAssetId=" + asset + "&outOfDate=true"))
                .contains(id));

        Api.Reply next =
                legal.send("POST", "api/agreements/" + id + "/supersede", "{}", Map.of("If-Match", flagged.etag()));
        assertEquals(201, next.status(), next::toString);
        JsonObject n = next.json();
        assertEquals("DRAFT", n.getString("status"));
        assertEquals(2, n.getInt("revision"));
        assertEquals(d.getString("agreementId"), n.getString("agreementId"));
        assertEquals(2, n.getInt("ownershipVersion"), "made from the current ownership");
        assertEquals(id, n.getJsonNumber("supersedes").longValue());
        assertTrue(
                Pdf.of(legal.download("api/agreements/" + n.getJsonNumber("id").longValue() + "/pdf")
                                .body())
                        .contains("50.00 %"));
        JsonObject old = legal.get("api/agreements/" + id).json();
        assertEquals("SUPERSEDED", old.getString("status"));
        assertEquals(
                n.getJsonNumber("id").longValue(),
                old.getJsonNumber("supersededBy").longValue());
        assertArrayEquals(
                first.body(), legal.download("api/agreements/" + id + "/pdf").body(), "the issued PDF never changes");
        assertProblem(
                legal.send(
                        "POST",
                        "api/agreements/" + id + "/supersede",
                        "{}",
                        Map.of("If-Match", "\"" + old.getInt("version") + "\"")),
                409);
    }

    @Test
    void draftsAreEditedAndDiscardedAndEachPartySignsBeforeTheSignedCopyIsKept() throws Exception {
        // the form's single-language choice: English alone, no layout, no prevailing version
        String english = options()
                .replace(
                        "{\"language\":\"EN_ZH_HANT\",\"layout\":\"SIDE_BY_SIDE\",\"prevailing\":\"EN\"}",
                        "{\"language\":\"EN\"}");
        Api.Reply first = legal.post("api/agreements", request(english));
        assertEquals(201, first.status(), first::toString);
        long id = first.id();
        assertEquals("EN", first.json().getString("language"));
        assertTrue(first.json().getJsonArray("otherAgreements").isEmpty());
        JsonObject warning = first.json().getJsonArray("warnings").getJsonObject(0);
        assertFalse(warning.getJsonObject("title").getString("en").isBlank(), warning::toString);
        Pdf englishPdf = Pdf.of(legal.download("api/agreements/" + id + "/pdf").body());
        assertTrue(englishPdf.contains(warning.getJsonObject("title").getString("en")));
        assertFalse(
                englishPdf.contains(warning.getJsonObject("title").getString("zhHant")),
                "titles only in the agreement's language");

        // a second draft about the same asset says so, and names the first
        Api.Reply second = legal.post("api/agreements", request(options()));
        JsonObject other = second.json().getJsonArray("otherAgreements").getJsonObject(0);
        assertEquals(id, other.getJsonNumber("id").longValue());
        assertEquals("DRAFT", other.getString("status"));
        assertProblem(legal.delete("api/agreements/" + second.id(), null), 428);
        assertEquals(
                204,
                legal.delete("api/agreements/" + second.id(), second.etag()).status());
        assertProblem(legal.get("api/agreements/" + second.id()), 404);
        assertTrue(
                legal.get("api/agreements/" + id)
                        .json()
                        .getJsonArray("otherAgreements")
                        .isEmpty(),
                "the discarded draft is gone");

        // editing a draft: other options, the rest kept; If-Match as for every change
        String edited = options()
                .replace("\"language\":\"EN_ZH_HANT\"", "\"language\":\"EN_ZH_HANS\"")
                .replace("\"governingLaw\"", "\"recordingParty\":\"" + codes[0] + "\",\"governingLaw\"");
        assertProblem(legal.put("api/agreements/" + id, "{\"options\":" + edited + "}", "\"99\""), 412);
        Api.Reply changed = legal.put("api/agreements/" + id, "{\"options\":" + edited + "}", first.etag());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("EN_ZH_HANS", changed.json().getString("language"));
        assertFalse(
                codes(changed.json().getJsonArray("warnings")).contains("RECORDING_PARTY_NOT_NAMED"),
                "a recording party is named now");
        assertEquals(
                "Prof. Zhang Wei",
                changed.json().getJsonArray("parties").getJsonObject(1).getString("signatoryName"),
                "signatories kept");
        assertEquals(1, changed.json().getJsonArray("backgroundIp").size(), "Background IP kept");
        assertEquals(first.json().getString("createdAt"), changed.json().getString("createdAt"));

        Api.Reply issued = issue(id, changed.etag(), "{\"acknowledgedWarnings\":true}");
        assertEquals(200, issued.status(), issued::toString);
        assertProblem(legal.put("api/agreements/" + id, "{\"options\":" + options() + "}", issued.etag()), 409);
        assertProblem(legal.delete("api/agreements/" + id, issued.etag()), 409);

        // each party's signature, one at a time; the last makes the agreement signed
        String at = "2027-01-20T10:00:00+08:00";
        assertFieldError(
                legal.send(
                        "POST",
                        "api/agreements/" + id + "/signatures",
                        "{\"party\":\"NOBODY\"}",
                        Map.of("If-Match", issued.etag())),
                "party");
        Api.Reply one = legal.send(
                "POST",
                "api/agreements/" + id + "/signatures",
                "{\"party\":\"" + codes[1]
                        + "\",\"signatoryName\":\"Prof. Li Hua (acting)\",\"signatoryTitle\":\"Acting Director\",\"signedAt\":\""
                        + at + "\"}",
                Map.of("If-Match", issued.etag()));
        assertEquals(200, one.status(), one::toString);
        assertEquals("ISSUED", one.json().getString("status"));
        JsonObject signature = one.json().getJsonArray("signatures").getJsonObject(0);
        assertEquals(codes[1], signature.getString("party"));
        assertEquals(owners[1], signature.getJsonNumber("institutionId").longValue());
        assertEquals("Prof. Li Hua (acting)", signature.getString("signatoryName"));
        assertEquals(2, one.json().getJsonArray("unsignedParties").size());
        assertProblem(
                legal.send(
                        "POST",
                        "api/agreements/" + id + "/signatures",
                        "{\"party\":\"" + codes[1] + "\"}",
                        Map.of("If-Match", one.etag())),
                409);
        assertProblem(uploadSignedCopy(id, one.etag(), onePagePdf()), 409);
        Api.Reply signed = legal.send(
                "POST",
                "api/agreements/" + id + "/sign",
                "{\"signedAt\":\"2027-01-22T09:00:00Z\"}",
                Map.of("If-Match", one.etag()));
        assertEquals(200, signed.status(), signed::toString);
        assertEquals("SIGNED", signed.json().getString("status"));
        assertEquals(3, signed.json().getJsonArray("signatures").size());
        assertTrue(
                signed.json().getJsonArray("signatures").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(x -> x.getString("signatoryName").equals("Prof. Chan Siu Ming")),
                "the others by the signatories the agreement names");

        // the signed copy: a PDF, kept once with its own hash beside the issued PDF
        assertFieldError(
                uploadSignedCopy(
                        id, signed.etag(), "not a PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "signedCopy");
        assertFieldError(
                uploadSignedCopy(
                        id,
                        signed.etag(),
                        "%PDF-1.7 but nothing else".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "signedCopy");
        assertProblem(uploadSignedCopy(id, signed.etag(), new byte[20 * 1024 * 1024 + 1]), 413);
        assertEquals(
                404, legal.download("api/agreements/" + id + "/signed-copy").status(), "none yet");
        byte[] copy = onePagePdf();
        Api.Reply kept = uploadSignedCopy(id, signed.etag(), copy);
        assertEquals(200, kept.status(), kept::toString);
        assertEquals(sha256(copy), kept.json().getJsonObject("signedCopy").getString("sha256"));
        assertEquals(issued.json().getString("pdfSha256"), kept.json().getString("pdfSha256"));
        Api.Download download = account("TTO", owners[2]).download("api/agreements/" + id + "/signed-copy");
        assertEquals(200, download.status());
        assertArrayEquals(copy, download.body(), "a party's office reads the signed copy as uploaded");
        assertEquals("\"" + sha256(copy) + "\"", download.header("ETag"));
        assertEquals(
                404,
                account("TTO", outsider)
                        .download("api/agreements/" + id + "/signed-copy")
                        .status());
        assertProblem(uploadSignedCopy(id, kept.etag(), onePagePdf()), 409);
        assertEquals(
                6,
                admin.get("api/audit?entityKind=agreement&entityId=" + id)
                        .json()
                        .getInt("total"),
                "drafted, edited, issued, two signature steps, signed copy");

        // discarding the draft that was to supersede it gives the signed revision back its place
        Api.Reply next =
                legal.send("POST", "api/agreements/" + id + "/supersede", "{}", Map.of("If-Match", kept.etag()));
        assertEquals(201, next.status(), next::toString);
        assertEquals("SUPERSEDED", legal.get("api/agreements/" + id).json().getString("status"));
        assertEquals(
                204, legal.delete("api/agreements/" + next.id(), next.etag()).status());
        JsonObject back = legal.get("api/agreements/" + id).json();
        assertEquals("SIGNED", back.getString("status"));
        assertFalse(back.containsKey("supersededBy") && !back.isNull("supersededBy"));
    }

    @Test
    void onlyLegalTeamsAndThePartiesOfficesSeeAgreements() {
        long id = created(legal.post("api/agreements", request(options())));
        Api tto = account("TTO", owners[1]);
        Api otherTto = account("TTO", outsider);
        Api investor = account("INVESTOR", null);

        assertEquals(200, tto.get("api/agreements/" + id).status());
        assertEquals(200, tto.download("api/agreements/" + id + "/pdf").status());
        assertTrue(ids(tto.get("api/agreements?ipAssetId=" + asset)).contains(id));
        assertProblem(tto.post("api/agreements", request(options())), 403);
        assertProblem(otherTto.get("api/agreements/" + id), 404);
        assertEquals(404, otherTto.download("api/agreements/" + id + "/pdf").status());
        assertFalse(ids(otherTto.get("api/agreements?ipAssetId=" + asset)).contains(id));
        assertProblem(investor.get("api/agreements/" + id), 403);
        assertProblem(investor.post("api/agreements", request(options())), 403);
        assertProblem(investor.get("api/frameworks"), 403);
        assertProblem(new Api(base).get("api/agreements/" + id), 401);
        assertProblem(new Api(base).post("api/agreements", request(options())), 401);
    }

    @Test
    void badOptionsAreRefusedWithTheFieldAndNothingIsDrafted() {
        assertProblem(
                legal.post(
                        "api/agreements",
                        request(options().replace("\"language\":\"EN_ZH_HANT\"", "\"language\":\"KLINGON\""))),
                400);
        assertFieldError(
                legal.post("api/agreements", request(options().replace("\"noticeDays\":60", "\"noticeDays\":45"))),
                "options.publication.noticeDays");
        String leadOwns = options()
                .replace(
                        "{\"model\":\"JOINT_SHARES\"}",
                        "{\"model\":\"LEAD_OWNS_AND_LICENSES\",\"leadParty\":\"" + codes[1] + "\"}");
        assertFieldError(legal.post("api/agreements", request(leadOwns)), "options.ownership.leadParty");
        assertFieldError(
                legal.post(
                        "api/agreements",
                        request(options())
                                .replace("\"party\":\"" + codes[2] + "\",\"name\"", "\"party\":\"NOBODY\",\"name\"")),
                "signatories[2].party");
        assertFieldError(
                legal.post(
                        "api/agreements", request(options().replace("\"seat\":\"HONG_KONG\"", "\"seat\":\"China\""))),
                "options.disputeResolution.seat");
        assertEquals(
                0,
                legal.get("api/agreements?ipAssetId=" + asset).json().getInt("total"),
                "no refused request drafted anything");

        long unowned = created(admin.post("api/ip-assets", """
                {"projectId":%d,"type":"KNOW_HOW","title":{"en":"Unowned know-how"},"readinessLevel":2,
                 "licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM"}
                """.formatted(project)));
        assertProblem(
                legal.post(
                        "api/agreements",
                        request(options()).replace("\"ipAssetId\":" + asset, "\"ipAssetId\":" + unowned)),
                409);
    }

    @Test
    void newAgreementsUseANewlyPublishedFrameworkVersionAndOldOnesKeepTheirs() {
        JsonArray versions = legal.get("api/frameworks").structure().asJsonArray();
        JsonObject newest = versions.getJsonObject(versions.size() - 1);
        assertTrue(newest.getBoolean("current"));
        int before = newest.getInt("version");
        long old = created(legal.post("api/agreements", request(options())));

        JsonObject document = admin.get("api/frameworks/" + before).json();
        String edition = "Joint Ownership Agreement (edition " + (before + 1) + ")";
        String next = Json.createObjectBuilder(document)
                .add("version", before + 1)
                .add("published", "2027-01-15")
                .add(
                        "title",
                        Json.createObjectBuilder()
                                .add("en", edition)
                                .add("zh-Hant", "共同擁有權協議（第" + (before + 1) + "版）")
                                .add("zh-Hans", "共有权属协议（第" + (before + 1) + "版）"))
                .build()
                .toString();
        assertProblem(legal.post("api/frameworks", "{\"version\":" + (before + 1) + "}"), 403);
        assertFieldError(
                admin.post(
                        "api/frameworks",
                        Json.createObjectBuilder(document)
                                .add("version", before + 1)
                                .remove("clauses")
                                .build()
                                .toString()),
                "framework");
        assertFieldError(
                admin.post(
                        "api/frameworks", next.replace("\"version\":" + (before + 1), "\"version\":" + (before + 5))),
                "version");
        Api.Reply published = admin.post("api/frameworks", next);
        assertEquals(201, published.status(), published::toString);
        assertEquals(before + 1, published.json().getInt("version"));
        assertProblem(admin.post("api/frameworks", next), 409);

        JsonObject made = legal.post("api/agreements", request(options())).json();
        assertEquals(before + 1, made.getInt("frameworkVersion"));
        assertTrue(Pdf.of(legal.download(
                                "api/agreements/" + made.getJsonNumber("id").longValue() + "/pdf")
                        .body())
                .contains(edition));
        assertEquals(before, legal.get("api/agreements/" + old).json().getInt("frameworkVersion"));
        assertFalse(
                Pdf.of(legal.download("api/agreements/" + old + "/pdf").body()).contains(edition));
    }

    @Test
    void anImportThatContinuesAnAssetsOwnershipFlagsTheAgreementsMadeBeforeIt() {
        Api.Reply drafted = legal.post("api/agreements", request(options()));
        long issued = created(drafted);
        assertEquals(
                200,
                issue(issued, drafted.etag(), "{\"acknowledgedWarnings\":true}").status());
        long draft = created(legal.post("api/agreements", request(options())));

        // the asset as a spreadsheet export gives it, with new owners from July: as if changed through the ownership
        // API
        JsonObject row = admin.get("api/exports/ip-assets?format=json&projectId=" + project)
                .structure()
                .asJsonArray()
                .getJsonObject(0);
        String ref = row.getString("ref");
        assertTrue(ref.matches("registry:[0-9a-f]{16}:" + asset), ref);
        String changed = Json.createObjectBuilder(row)
                .add("owners", codes[0] + "|5000; " + codes[1] + "|2500; " + codes[2] + "|2500")
                .add("ownership_from", "2026-07-01")
                .add("ownership_reason", "Shares reallocated")
                // none of the owners has an office account: the administrator records their signed consent with the
                // change
                .add(
                        "owner_approvals",
                        codes[0] + "|Reallocation deed 7; " + codes[1] + "|Reallocation deed 7; " + codes[2]
                                + "|Reallocation deed 7")
                .build()
                .toString();
        JsonObject job = importLines("ip-assets", changed + "\n");
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        assertEquals(1, job.getJsonObject("report").getInt("updated"), job::toString);
        assertEquals(0, job.getJsonObject("report").getInt("created"), "this registry's reference names its own asset");
        for (long id : new long[] {issued, draft}) {
            assertTrue(
                    legal.get("api/agreements/" + id).json().getBoolean("outOfDate"),
                    "agreement " + id + " was made from version 1");
        }
        JsonObject flag = admin.get("api/audit?entityKind=agreement&entityId=" + draft)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("admin", flag.getString("actor"), "the importer flagged it");

        // a backup's ownership line continues the history in the same way
        long fromVersion2 = created(legal.post("api/agreements", request(options())));
        assertEquals(2, legal.get("api/agreements/" + fromVersion2).json().getInt("ownershipVersion"));
        String v3 = Json.createObjectBuilder()
                .add("record", "ownership")
                .add("ip_asset", ref)
                .add("version", 3)
                .add("owners", codes[0] + "|10000")
                .add("ownership_from", "2026-09-01")
                .add("ownership_reason", "Assigned to the lead")
                .build()
                .toString();
        JsonObject restore = importLines(
                "backup", admin.get("api/exports/institution/" + owners[0]).body() + v3 + "\n");
        assertEquals("SUCCEEDED", restore.getString("state"), restore::toString);
        assertTrue(
                legal.get("api/agreements/" + fromVersion2).json().getBoolean("outOfDate"),
                "made from version 2 before version 3 came");
    }

    /** Imports JSON Lines as the administrator, updating what the registry holds, and waits for the job to finish. */
    private JsonObject importLines(String kind, String body) {
        Api.Reply r = admin.send(
                "POST",
                "api/imports?onDuplicate=update&kind=" + kind,
                body,
                Map.of("Content-Type", "application/x-ndjson"));
        assertEquals(202, r.status(), r::toString);
        return await("import job " + r.id() + " finishes")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> admin.get("api/imports/" + r.id()).json(),
                        job -> List.of("SUCCEEDED", "FAILED", "REJECTED").contains(job.getString("state")));
    }

    // ---- requests

    private String options() {
        return """
                {"ownership":{"model":"JOINT_SHARES"},
                 "exploitation":{"use":"NOT_STATED","nonExclusiveLicence":"NOT_STATED","exclusiveLicence":"NOT_STATED","assignment":"NOT_STATED"},
                 "prosecution":{"filingParties":[{"jurisdiction":"CN","party":"%s"},{"jurisdiction":"HK","party":"%s"}],
                                "stepIn":true,"abandonmentNoticeDays":60},
                 "publication":{"noticeDays":60,"mayDelayForFiling":true,"maxDelayDays":90},
                 "governingLaw":"HONG_KONG",
                 "disputeResolution":{"institution":"HKIAC","seat":"HONG_KONG","arbitrators":3,"language":"ENGLISH_AND_CHINESE"},
                 "language":{"language":"EN_ZH_HANT","layout":"SIDE_BY_SIDE","prevailing":"EN"}}
                """.formatted(codes[1], codes[0]);
    }

    private String request(String options) {
        return """
                {"ipAssetId":%d,"options":%s,
                 "signatories":[{"party":"%s","name":"Prof. Chan Siu Ming","title":"Vice-President (Research)"},
                                {"party":"%s","name":"Prof. Zhang Wei","title":"Director"},
                                {"party":"%s","name":"Liu Yang","title":"General Manager"}],
                 "backgroundIp":[{"party":"%s","description":{"en":"Soft actuator moulding process","zhHant":"軟體致動器成型工藝",
                                  "zhHans":"软体致动器成型工艺"},"access":"PROJECT_ONLY"}]}
                """.formatted(asset, options, codes[0], codes[1], codes[2], codes[0]);
    }

    /** PUT of a signed copy's bytes as application/pdf. */
    private Api.Reply uploadSignedCopy(long id, String etag, byte[] pdf) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net
                                        .URI
                                        .create(base.toString())
                                        .resolve("api/agreements/" + id + "/signed-copy"))
                                .header("Authorization", "Bearer " + legal.token())
                                .header("Content-Type", "application/pdf")
                                .header("If-Match", etag)
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(r.statusCode(), r.headers().map(), r.body());
    }

    /** A small real PDF, as a scanner would make: one page with a line of text. */
    private static byte[] onePagePdf() throws IOException {
        try (PDDocument doc = new PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                text.newLineAtOffset(72, 720);
                text.showText("Signed by all parties " + UUID.randomUUID());
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private Api.Reply issue(long id, String etag, String body) {
        return legal.send("POST", "api/agreements/" + id + "/issue", body, Map.of("If-Match", etag));
    }

    private String shares(String from, int a, int b, int c) {
        return """
                {"effectiveFrom":"%s","reason":"Joint development","shares":[{"institutionId":%d,"shareBp":%d},
                 {"institutionId":%d,"shareBp":%d},{"institutionId":%d,"shareBp":%d}]}
                """.formatted(from, owners[0], a, owners[1], b, owners[2], c);
    }

    private static String institution(String[] name, String jurisdiction, String country, String kind) {
        return """
                {"shortName":"T%s","name":{"en":"%s","zhHant":"%s","zhHans":"%s"},"kind":"%s","jurisdiction":"%s","country":"%s"}
                """.formatted(suffix(), name[0], name[1], name[2], kind, jurisdiction, country);
    }

    private Api account(String role, Long institution) {
        String username = role.toLowerCase() + "-" + suffix().toLowerCase();
        Api.Reply r = admin.post(
                "api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                        + (institution == null ? "" : ",\"institutionId\":" + institution) + "}");
        assertEquals(201, r.status(), r::toString);
        return new Api(base).as(username, PASSWORD);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static List<String> codes(JsonArray warnings) {
        return warnings.stream().map(w -> w.asJsonObject().getString("code")).toList();
    }

    private static List<Long> ids(Api.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The draft of the API-made sample, for docs/images/agreement-sample-page1.png. */
    private static void writeSample(byte[] pdf) {
        try {
            Path out = Path.of("target", "agreement-api-sample.pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF read back with PDFBox: the text of each page, and whether each font is embedded. */
    private record Pdf(List<String> pages, Map<String, Boolean> fontsEmbedded) {
        static Pdf of(byte[] bytes) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    pages.add(stripper.getText(doc));
                }
                Map<String, Boolean> fonts = new java.util.TreeMap<>();
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        PDFontDescriptor fd = font instanceof PDType0Font t0
                                ? t0.getDescendantFont().getFontDescriptor()
                                : font.getFontDescriptor();
                        fonts.put(
                                font.getName(),
                                fd != null
                                        && (fd.getFontFile() != null
                                                || fd.getFontFile2() != null
                                                || fd.getFontFile3() != null));
                    }
                }
                return new Pdf(pages, fonts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the text holds {@code s}, ignoring white space (table cells wrap long names). */
        boolean contains(String s) {
            return flat(String.join("", pages)).contains(flat(s));
        }

        private static String flat(String s) {
            return s.replaceAll("\\s+", "");
        }
    }
}
