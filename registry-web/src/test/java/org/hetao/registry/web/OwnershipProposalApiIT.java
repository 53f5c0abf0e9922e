package org.hetao.registry.web;

import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Fixture.shares;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
 * Two offices and a joint asset, through the API: one office's change of the shared ownership is a
 * proposal that takes effect only when the other approves; it can be rejected, withdrawn, or become
 * stale. Every test makes its own institutions, accounts and asset, so it needs no fresh server.
 */
@ExtendWith(ArquillianExtension.class)
class OwnershipProposalApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Fixture world;
    private Api admin;
    private Api hkuOffice;
    private Api szblOffice;
    private long hku;
    private long szbl;
    private long asset;
    private String hkuCode;
    private String szblCode;

    @BeforeEach
    void jointAsset() {
        world = Fixture.on(base)
                .institution("hku", "HK", "HK")
                .institution("szbl", "MAINLAND", "CN")
                .project("project", "JP", "Joint cell therapy platform", "PUBLIC", "hku", "szbl")
                .asset("asset", "project", """
                        {"type":"KNOW_HOW","title":{"en":"Cell expansion protocol"},"readinessLevel":3,
                         "licensing":"NOT_AVAILABLE","confidentiality":"PUBLIC"}""")
                // before the institutions have offices, the administrator records their signed agreement on their
                // behalf
                .owners("asset", "2026-01-01", "hku", 5000, "szbl", 5000)
                .office("hkuOffice", "hku")
                .office("szblOffice", "szbl");
        admin = world.admin();
        hku = world.id("hku");
        hkuCode = world.name("hku");
        szbl = world.id("szbl");
        szblCode = world.name("szbl");
        asset = world.id("asset");
        hkuOffice = world.api("hkuOffice");
        szblOffice = world.api("szblOffice");
    }

    private String ownership() {
        return "api/ip-assets/" + asset + "/ownership";
    }

    /** A draft agreement about the asset, made from its current ownership. */
    private String agreement() {
        return """
                {"ipAssetId":%d,"options":{"ownership":{"model":"JOINT_SHARES"},
                 "exploitation":{"use":"NOT_REQUIRED","nonExclusiveLicence":"ALL_OWNERS","exclusiveLicence":"ALL_OWNERS","assignment":"ALL_OWNERS"},
                 "prosecution":{"stepIn":true,"abandonmentNoticeDays":60},"publication":{"noticeDays":60},"governingLaw":"HONG_KONG",
                 "disputeResolution":{"institution":"HKIAC","seat":"HONG_KONG","arbitrators":1,"language":"ENGLISH"},
                 "recordingParty":"%s","language":{"language":"EN"}},
                 "signatories":[{"party":"%s","name":"Ho Wing Sze","title":"Director of Technology Transfer"},
                                {"party":"%s","name":"Zhang Lei","title":"Director of Technology Transfer"}]}
                """.formatted(asset, hkuCode, hkuCode, szblCode);
    }

    private static Api.Reply decide(Api api, long proposal, String decision, String etag, String body) {
        return api.send(
                "POST",
                "api/ownership-proposals/" + proposal + "/" + decision,
                body,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** HKU's office proposes to own the asset alone, through the ownership endpoint as before: 202 and a proposal. */
    private Api.Reply hkuTakesAll() {
        Api.Reply r = hkuOffice.put(ownership(), shares("2026-12-01", hku, 10000), "\"1\"");
        assertEquals(202, r.status(), r::toString);
        return r;
    }

    private int currentVersion() {
        return admin.get(ownership()).json().getInt("currentVersion");
    }

    @Test
    void oneOfficeProposesTheOtherApprovesAndTheVersionTakesEffect() {
        Api.Reply proposed = hkuTakesAll();
        JsonObject p = proposed.json();
        long id = p.getJsonNumber("id").longValue();
        assertEquals("OPEN", p.getString("state"));
        assertEquals(1, p.getInt("baseVersion"));
        assertEquals(
                List.of((int) szbl),
                p.getJsonArray("pending").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(n -> n.intValue())
                        .toList(),
                "awaiting SZBL's office; HKU's own approval counts");
        assertTrue(proposed.header("Location").endsWith("/api/ownership-proposals/" + id), proposed::toString);
        assertEquals(1, currentVersion(), "nothing took effect yet");
        long agreement = created(admin.post("api/agreements", agreement()));
        assertTrue(
                !admin.get("api/agreements/" + agreement).json().getBoolean("outOfDate"),
                "made from version 1, still current");

        Api.Reply pending = szblOffice.get("api/ownership-proposals");
        assertEquals(200, pending.status(), pending::toString);
        assertTrue(pending.body().contains("\"id\":" + id), "SZBL's pending approvals list it: " + pending.body());
        assertTrue(
                !hkuOffice.get("api/ownership-proposals").body().contains("\"id\":" + id), "HKU approved it already");
        assertEquals(
                2,
                ((jakarta.json.JsonArray)
                                hkuOffice.get(ownership() + "/proposals").structure())
                        .size(),
                "this one, and version 1's, kept with the approvals the administrator recorded on the owners' behalf");

        Api.Reply read = szblOffice.get("api/ownership-proposals/" + id);
        Api.Reply approved = decide(szblOffice, id, "approve", read.etag(), null);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals(2, approved.json().getInt("resultingVersion"));
        JsonObject o = admin.get(ownership()).json();
        assertEquals(2, o.getInt("currentVersion"));
        assertEquals(
                10000,
                o.getJsonObject("current")
                        .getJsonArray("shares")
                        .getJsonObject(0)
                        .getInt("shareBp"));

        assertTrue(
                admin.get("api/agreements/" + agreement).json().getBoolean("outOfDate"),
                "the version took effect as a direct change does: the agreement made from version 1 is out of date");
        assertProblem(decide(szblOffice, id, "approve", approved.etag(), null), 409);
        assertEquals(
                2,
                admin.get("api/audit?entityKind=ownership&entityId=" + asset)
                        .json()
                        .getInt("total"),
                "version 1 and the approved version 2");
        assertEquals(
                3,
                admin.get("api/audit?entityKind=ownership-proposal&entityId=" + id)
                        .json()
                        .getInt("total"),
                "proposed, approved by SZBL, took effect");
        assertTrue(admin.get("api/audit/verify").json().getBoolean("intact"));
    }

    @Test
    void theOtherOfficeRejectsWithAReasonAndNothingChanges() {
        long id = hkuTakesAll().id();
        String etag = szblOffice.get("api/ownership-proposals/" + id).etag();
        assertFieldError(decide(szblOffice, id, "reject", etag, "{}"), "reason");
        Api.Reply rejected =
                decide(szblOffice, id, "reject", etag, "{\"reason\":\"SZBL never agreed to assign its half\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals("SZBL never agreed to assign its half", rejected.json().getString("decisionReason"));
        assertEquals(1, currentVersion());
        assertProblem(decide(szblOffice, id, "approve", rejected.etag(), null), 409);
    }

    @Test
    void anAdministratorsChangeIsAProposalThatTheOfficesDecide() {
        long id = hkuTakesAll().id();
        assertProblem(admin.put(ownership(), shares("2026-06-01", hku, 6000, szbl, 4000), "\"1\""), 409);
        String etag = hkuOffice.get("api/ownership-proposals/" + id).etag();
        assertEquals(200, decide(hkuOffice, id, "withdraw", etag, null).status());

        assertProblem(
                admin.put(
                        ownership(), Api.onBehalf(shares("2026-06-01", hku, 6000, szbl, 4000), List.of(hku)), "\"1\""),
                403);
        Api.Reply byAdmin = admin.put(ownership(), shares("2026-06-01", hku, 6000, szbl, 4000), "\"1\"");
        assertEquals(202, byAdmin.status(), "no administrator records a version directly: " + byAdmin);
        assertEquals(
                List.of(hku, szbl),
                pending(byAdmin.json()),
                "an administrator acts for no institution: every office approves");
        assertEquals(
                List.of(),
                byAdmin.json().getJsonArray("pendingWithoutOffice").stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                        .toList(),
                "both have an office");
        assertEquals(1, currentVersion());
        Api.Reply first = decide(hkuOffice, byAdmin.id(), "approve", byAdmin.etag(), null);
        assertEquals("OPEN", first.json().getString("state"), first::toString);
        Api.Reply last = decide(szblOffice, byAdmin.id(), "approve", first.etag(), null);
        assertEquals("APPROVED", last.json().getString("state"), last::toString);
        assertEquals(2, currentVersion());
    }

    @Test
    void anAdministratorRecordsASignedAssignmentAmongInstitutionsWithoutAnOfficeAtOnce() {
        world.institution("third", "OVERSEAS", "DE")
                .institution("fourth", "MACAO", "MO")
                .project("withoutOffices", "NO", "Without offices", "PUBLIC", "third", "fourth")
                .asset("other", "withoutOffices", """
                        {"type":"KNOW_HOW","title":{"en":"Assigned know-how"},"readinessLevel":3,"licensing":"NOT_AVAILABLE","confidentiality":"PUBLIC"}""");
        long third = world.id("third");
        long fourth = world.id("fourth");
        long other = world.id("other");
        String path = "api/ip-assets/" + other + "/ownership";
        String v1 = shares("2026-01-01", third, 5000, fourth, 5000);
        assertFieldError(admin.put(path, Api.onBehalf(v1, List.of(third, hku)), "\"0\""), "approvals");
        Api.Reply noDocument =
                admin.put(path, v1.replace("}]}", "}],\"approvals\":[{\"institutionId\":" + third + "}]}"), "\"0\"");
        assertProblem(noDocument, 400);
        assertTrue(noDocument.body().contains("documentRef"), noDocument::toString);
        assertProblem(hkuOffice.put(path, Api.onBehalf(v1, List.of(third)), "\"0\""), 403);
        Api.Reply recorded = admin.put(path, Api.onBehalf(v1, List.of(third, fourth)), "\"0\"");
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(1, recorded.json().getInt("currentVersion"));
        JsonObject kept =
                ((jakarta.json.JsonArray) admin.get(path + "/proposals").structure()).getJsonObject(0);
        assertEquals("APPROVED", kept.getString("state"), "the approvals made on behalf are kept with their documents");
        assertTrue(
                kept.getJsonArray("approvals").stream()
                        .allMatch(a -> a.asJsonObject().getBoolean("onBehalf")),
                kept::toString);
        assertTrue(
                admin.get("api/audit?entityKind=ownership-proposal&entityId="
                                + kept.getJsonNumber("id").longValue())
                        .body()
                        .contains("Signed consent of " + third),
                "the audit trail names each document");

        Api.Reply partial = admin.send(
                "POST",
                path + "/proposals",
                Api.onBehalf(shares("2026-06-01", third, 10000), List.of(third)),
                Map.of("If-Match", "\"1\""));
        assertEquals(201, partial.status(), partial::toString);
        assertEquals("OPEN", partial.json().getString("state"));
        assertEquals(List.of(fourth), pending(partial.json()), "what is not approved on behalf still awaits");
        assertEquals(partial.json().getJsonArray("pending"), partial.json().getJsonArray("pendingWithoutOffice"));
        Api.Reply byAdmin = decide(
                admin,
                partial.id(),
                "approve",
                partial.etag(),
                "{\"institutionId\":" + fourth + ",\"documentRef\":\"Deed of assignment 2026-9\"}");
        assertEquals("APPROVED", byAdmin.json().getString("state"), byAdmin::toString);
        assertEquals(2, admin.get(path).json().getInt("currentVersion"));
    }

    private static List<Long> pending(JsonObject proposal) {
        return proposal.getJsonArray("pending").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                .toList();
    }

    @Test
    void theProposerWithdrawsAndTheOtherOfficeCannot() {
        long id = hkuTakesAll().id();
        assertProblem(hkuOffice.put(ownership(), shares("2026-12-02", hku, 9000, szbl, 1000), "\"1\""), 409);
        String etag = hkuOffice.get("api/ownership-proposals/" + id).etag();
        assertProblem(decide(szblOffice, id, "withdraw", etag, null), 403);
        assertProblem(decide(hkuOffice, id, "withdraw", "\"999\"", null), 412);
        assertProblem(decide(hkuOffice, id, "withdraw", null, null), 428);
        Api.Reply withdrawn = decide(hkuOffice, id, "withdraw", etag, null);
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));
        assertProblem(decide(szblOffice, id, "approve", withdrawn.etag(), null), 409);
        assertEquals(1, currentVersion());
    }

    @Test
    void anAdministratorRecordsTheApprovalOfAnInstitutionWithoutAnOffice() {
        long third = world.institution("third", "OVERSEAS", "DE").id("third");
        Api.Reply proposed = hkuOffice.send(
                "POST",
                ownership() + "/proposals",
                shares("2026-12-01", hku, 4000, szbl, 4000, third, 2000),
                Map.of("If-Match", "\"1\""));
        assertEquals(201, proposed.status(), proposed::toString);
        long id = proposed.id();
        Api.Reply bySzbl = decide(szblOffice, id, "approve", proposed.etag(), null);
        assertEquals(200, bySzbl.status(), bySzbl::toString);
        assertFieldError(decide(admin, id, "approve", bySzbl.etag(), "{}"), "institutionId");
        assertFieldError(
                decide(admin, id, "approve", bySzbl.etag(), "{\"institutionId\":" + third + "}"), "documentRef");
        assertProblem(
                decide(
                        admin,
                        id,
                        "approve",
                        bySzbl.etag(),
                        "{\"institutionId\":" + szbl + ",\"documentRef\":\"Letter 7\"}"),
                403);
        Api.Reply byAdmin = decide(
                admin,
                id,
                "approve",
                bySzbl.etag(),
                "{\"institutionId\":" + third + ",\"documentRef\":\"Signed consent 2026-117\"}");
        assertEquals(200, byAdmin.status(), byAdmin::toString);
        assertEquals("APPROVED", byAdmin.json().getString("state"));
        JsonObject onBehalf = byAdmin.json().getJsonArray("approvals").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getJsonNumber("institutionId").longValue() == third)
                .findFirst()
                .orElseThrow();
        assertTrue(onBehalf.getBoolean("onBehalf"));
        assertEquals("Signed consent 2026-117", onBehalf.getString("documentRef"));
        assertTrue(
                admin.get("api/audit?entityKind=ownership-proposal&entityId=" + id)
                        .body()
                        .contains("Signed consent 2026-117"),
                "the audit trail names the document");
        assertEquals(2, currentVersion());
    }

    @Test
    void onlyTheInstitutionsConcernedDecide() {
        Api outsiderOffice = world.institution("outsider", "HK", "HK")
                .office("outsiderOffice", "outsider")
                .api("outsiderOffice");
        long id = hkuTakesAll().id();
        String etag = szblOffice.get("api/ownership-proposals/" + id).etag();
        assertProblem(decide(outsiderOffice, id, "approve", etag, null), 403);
        assertProblem(decide(outsiderOffice, id, "reject", etag, "{\"reason\":\"no\"}"), 403);
        assertProblem(decide(hkuOffice, id, "approve", etag, null), 409);
        assertProblem(decide(szblOffice, 999_999_999L, "approve", etag, null), 404);
        assertEquals(1, currentVersion());
    }

    @Test
    void aProposedNewOwnerSeesAndApprovesTheProposalAndNoOneElseLearnsOfIt() {
        long hidden = world.project("confidentialWork", "CP", "HKU confidential work", "CONSORTIUM", "hku")
                .asset("hidden", "confidentialWork", """
                        {"type":"KNOW_HOW","title":{"en":"Hidden know-how"},"readinessLevel":3,"licensing":"NOT_AVAILABLE",
                         "confidentiality":"CONSORTIUM"}""")
                .id("hidden");
        String path = "api/ip-assets/" + hidden + "/ownership";
        assertEquals(
                200,
                hkuOffice.put(path, shares("2026-01-01", hku, 10000), "\"0\"").status());
        assertProblem(szblOffice.get(path), 404);
        Api.Reply proposed = hkuOffice.put(path, shares("2026-12-01", hku, 6000, szbl, 4000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        long id = proposed.id();

        assertTrue(
                szblOffice.get("api/ownership-proposals").body().contains("\"id\":" + id),
                "the new owner's office is asked");
        Api.Reply read = szblOffice.get("api/ownership-proposals/" + id);
        assertEquals(200, read.status(), read::toString);
        Api outsiderOffice = world.institution("outsider", "HK", "HK")
                .office("outsiderOffice", "outsider")
                .api("outsiderOffice");
        Api.Reply toOutsider = outsiderOffice.get("api/ownership-proposals/" + id);
        Api.Reply missing = outsiderOffice.get("api/ownership-proposals/999999999");
        assertProblem(toOutsider, 404);
        assertEquals(
                missing.json().getString("detail").replace("999999999", "{id}"),
                toOutsider.json().getString("detail").replace(Long.toString(id), "{id}"),
                "a hidden proposal reads as a missing one");
        assertProblem(decide(outsiderOffice, id, "approve", read.etag(), null), 404);

        Api.Reply approved = decide(szblOffice, id, "approve", read.etag(), null);
        assertEquals("APPROVED", approved.json().getString("state"), approved::toString);
        assertEquals(
                2,
                szblOffice.get(path).json().getInt("currentVersion"),
                "an owner now, SZBL reads the asset's ownership");
    }

    @Test
    void aChangeThatConcernsOnlyTheProposersInstitutionTakesEffectAtOnce() {
        long own = world.project("hkuOnly", "SO", "HKU only", "PUBLIC", "hku")
                .asset("own", "hkuOnly", """
                        {"type":"KNOW_HOW","title":{"en":"Own know-how"},"readinessLevel":3,"licensing":"NOT_AVAILABLE","confidentiality":"PUBLIC"}""")
                .id("own");
        String path = "api/ip-assets/" + own + "/ownership";
        assertEquals(
                200,
                hkuOffice.put(path, shares("2026-01-01", hku, 10000), "\"0\"").status(),
                "the first version, by its sole owner");
        assertEquals(
                200,
                hkuOffice.put(path, shares("2026-02-01", hku, 10000), "\"1\"").status(),
                "a single owner stays the single owner");
        Api.Reply shared = hkuOffice.put(path, shares("2026-03-01", hku, 5000, szbl, 5000), "\"2\"");
        assertEquals(202, shared.status(), "a new owner must approve: " + shared);
    }

    @Test
    void aVersionDatedLaterIsScheduledAndDraftsMadeMeanwhileStateTheCurrentOwnersWithAWarning() {
        Api.Reply proposed = hkuOffice.put(ownership(), shares("2099-12-31", hku, 2000, szbl, 8000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        Api.Reply approved = decide(szblOffice, proposed.id(), "approve", proposed.etag(), null);
        assertEquals("APPROVED", approved.json().getString("state"), approved::toString);
        assertEquals(2, approved.json().getInt("resultingVersion"), "a change is based on the latest recorded version");
        JsonObject o = admin.get(ownership()).json();
        assertEquals(1, o.getJsonObject("current").getInt("version"), "the version in force today stays current");
        assertEquals("2026-01-01", o.getJsonObject("current").getString("effectiveFrom"));
        assertEquals(2, o.getInt("currentVersion"));
        assertEquals(1, o.getJsonArray("scheduled").size());
        JsonObject next = o.getJsonArray("scheduled").getJsonObject(0);
        assertEquals(2, next.getInt("version"));
        assertEquals("2099-12-31", next.getString("effectiveFrom"));
        assertEquals(
                proposed.json().getString("proposedBy"),
                next.getString("recordedBy"),
                "recorded in the proposer's name");
        assertTrue(next.containsKey("recordedAt") && !next.getBoolean("correction"));

        Api.Reply drafted = admin.post("api/agreements", agreement());
        assertEquals(201, drafted.status(), drafted::toString);
        JsonObject a = drafted.json();
        assertEquals(1, a.getInt("ownershipVersion"), "made from the version in force on the agreement's date");
        assertEquals(5000, a.getJsonArray("owners").getJsonObject(0).getInt("shareBp"));
        assertTrue(
                a.getJsonArray("warnings").stream()
                        .anyMatch(w -> w.asJsonObject().getString("code").equals("OWNERSHIP_CHANGE_SCHEDULED")
                                && w.asJsonObject()
                                        .getJsonObject("text")
                                        .getString("en")
                                        .contains("2099-12-31")),
                a::toString);
        assertTrue(!a.getBoolean("outOfDate"), "recording a scheduled version changes nothing today");
        assertEquals(
                1,
                ((jakarta.json.JsonArray) admin.get("api/ip-assets/" + asset + "/ownership")
                                .json()
                                .getJsonArray("scheduled"))
                        .size());
        assertTrue(admin.get("api/audit/verify").json().getBoolean("intact"));
    }

    @Test
    void aCorrectionOfHistoryIsApprovedByTheOwnersItConcernsAndInsertedInDateOrder() {
        long agreement = created(admin.post("api/agreements", agreement()));
        Api.Reply refused = hkuOffice.send(
                "POST",
                ownership() + "/proposals",
                "{\"kind\":\"CHANGE\"," + shares("2025-06-01", hku, 10000).substring(1),
                Map.of("If-Match", "\"1\""));
        assertFieldError(refused, "effectiveFrom");
        assertTrue(refused.body().contains("CORRECTION"), refused::toString);

        Api.Reply proposed = hkuOffice.send(
                "POST", ownership() + "/proposals", shares("2025-06-01", hku, 10000), Map.of("If-Match", "\"1\""));
        assertEquals(201, proposed.status(), proposed::toString);
        assertEquals("CORRECTION", proposed.json().getString("kind"), "dated before the current version: a correction");
        assertEquals(
                List.of((int) szbl),
                proposed.json().getJsonArray("pending").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(n -> n.intValue())
                        .toList(),
                "the owners of the history it precedes approve it");
        assertEquals(
                1,
                admin.get(ownership()).json().getJsonArray("history").size(),
                "nothing recorded before every approval");

        Api.Reply approved = decide(szblOffice, proposed.id(), "approve", proposed.etag(), null);
        assertEquals("APPROVED", approved.json().getString("state"), approved::toString);
        assertEquals(2, approved.json().getInt("resultingVersion"));
        JsonObject o = admin.get(ownership()).json();
        assertEquals(1, o.getJsonObject("current").getInt("version"), "the current version stays in force");
        assertEquals(2, o.getInt("currentVersion"));
        assertEquals(
                List.of(1, 2),
                o.getJsonArray("history").stream()
                        .map(v -> v.asJsonObject().getInt("version"))
                        .toList(),
                "in date order: the correction took effect first");
        JsonObject correction = o.getJsonArray("history").getJsonObject(1);
        assertTrue(correction.getBoolean("correction"));
        assertEquals("2025-06-01", correction.getString("effectiveFrom"));
        assertTrue(o.getJsonArray("scheduled").isEmpty());
        assertTrue(
                !admin.get("api/agreements/" + agreement).json().getBoolean("outOfDate"),
                "the agreement states the owners in force today, which the correction did not change");
        Api.Reply notACorrection = hkuOffice.send(
                "POST",
                ownership() + "/proposals",
                "{\"kind\":\"CORRECTION\"," + shares("2026-12-01", hku, 10000).substring(1),
                Map.of("If-Match", "\"2\""));
        assertFieldError(notACorrection, "effectiveFrom");
    }
}
