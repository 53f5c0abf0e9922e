package org.hetao.registry.web;

import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
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
 * Investors' enquiries through the API, on an asset offered for licensing that two institutions own:
 * both offices hear of an enquiry, one replies and moves it to NDA, the investor reads the reply but
 * never the offices' notes; an office of a non-owner, another investor and LEGAL see nothing; a
 * confidential asset cannot be enquired about; refusals are problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class EnquiryApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private Api hkuOffice;
    private Api szblOffice;
    private Api outsiderOffice;
    private Api investor;
    private Api otherInvestor;
    private long asset;
    private long confidential;

    @BeforeEach
    void jointLicensableAsset() {
        Fixture world = Fixture.on(base)
                .institution("hku", "HK", "HK")
                .institution("szbl", "MAINLAND", "CN")
                .institution("outsider", "HK", "HK")
                .project("project", "EQ", "Joint enquiry project", "PUBLIC", "hku", "szbl")
                .asset("asset", "project", """
                        {"type":"PATENT","title":{"en":"Organoid screening chip","zhHant":"類器官篩選晶片","zhHans":"类器官筛选芯片"},
                         "publicSummary":"A chip that screens drug candidates on patient-derived organoids.",
                         "readinessLevel":5,"licensing":"NON_EXCLUSIVE","confidentiality":"PUBLIC"}""")
                .asset("confidential", "project", """
                        {"type":"KNOW_HOW","title":{"en":"Unpublished culture medium"},
                         "readinessLevel":3,"licensing":"NON_EXCLUSIVE","confidentiality":"CONFIDENTIAL"}""")
                .owners("asset", "2026-01-01", "hku", 6000, "szbl", 4000)
                .owners("confidential", "2026-01-01", "hku", 6000, "szbl", 4000)
                .office("hkuOffice", "hku")
                .office("szblOffice", "szbl")
                .office("outsiderOffice", "outsider")
                .account("investor", "INVESTOR", null)
                .account("otherInvestor", "INVESTOR", null);
        admin = world.admin();
        asset = world.id("asset");
        confidential = world.id("confidential");
        hkuOffice = world.api("hkuOffice");
        szblOffice = world.api("szblOffice");
        outsiderOffice = world.api("outsiderOffice");
        investor = world.api("investor");
        otherInvestor = world.api("otherInvestor");
    }

    @Test
    void bothOwnersHearOfAnEnquiryOneRepliesAndMovesItToNdaAndTheInvestorReadsTheReply() {
        Api.Reply sent = investor.post(
                "api/ip-assets/" + asset + "/enquiries",
                "{\"interest\":\"LICENCE\",\"message\":\"We would like a non-exclusive licence for diagnostics in the Greater Bay Area.\"}");
        long id = created(sent);
        assertEquals("NEW", sent.json().getString("status"));
        assertEquals(
                "Organoid screening chip",
                sent.json().getJsonObject("assetTitle").getString("en"));

        for (Api office : List.of(hkuOffice, szblOffice)) {
            JsonObject item = inboxItem(office, "ENQUIRY_RECEIVED", id);
            assertEquals("/api/enquiries/" + id, item.getString("href"));
            assertEquals("enquiry", item.getString("subjectKind"));
            assertEquals(List.of(id), ids(office.get("api/enquiries")), "an owner's office lists it");
        }

        Api.Reply reply = hkuOffice.post(
                "api/enquiries/" + id + "/messages", "{\"text\":\"Thank you; we can offer an NDA first.\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(
                "IN_DISCUSSION", reply.json().getString("status"), "an office's first reply takes it into discussion");
        assertNotNull(inboxItem(szblOffice, "ENQUIRY_MESSAGE", id), "the co-owner hears of the reply");
        Api.Reply note = hkuOffice.post(
                "api/enquiries/" + id + "/notes",
                "{\"text\":\"SZBL: please confirm the field of use before the NDA\"}");
        assertEquals(200, note.status(), note::toString);
        assertNotNull(inboxItem(szblOffice, "ENQUIRY_NOTE", id));
        assertTrue(
                thread(szblOffice.get("api/enquiries/" + id)).stream().anyMatch(m -> m.getBoolean("internalNote")),
                "co-owners read notes");

        assertEquals(
                true, listed(investor, id).getBoolean("updated"), "the investor's list marks the answered enquiry");
        String etag = hkuOffice.get("api/enquiries/" + id).etag();
        assertProblem(hkuOffice.send("POST", "api/enquiries/" + id + "/status", "{\"status\":\"NDA\"}", Map.of()), 428);
        assertProblem(
                hkuOffice.send(
                        "POST",
                        "api/enquiries/" + id + "/status",
                        "{\"status\":\"NDA\"}",
                        Map.of("If-Match", "\"999\"")),
                412);
        Api.Reply nda = hkuOffice.send(
                "POST", "api/enquiries/" + id + "/status", "{\"status\":\"NDA\"}", Map.of("If-Match", etag));
        assertEquals(200, nda.status(), nda::toString);
        assertEquals("NDA", nda.json().getString("status"));
        JsonObject moved = inboxItem(szblOffice, "ENQUIRY_STATUS", id);
        assertEquals("NDA", moved.getString("note"));

        Api.Reply mine = investor.get("api/enquiries/" + id);
        assertEquals(200, mine.status(), mine::toString);
        assertEquals("NDA", mine.json().getString("status"));
        List<JsonObject> seen = thread(mine);
        assertEquals(2, seen.size(), "the investor reads the messages, not the note");
        assertEquals("Thank you; we can offer an NDA first.", seen.get(1).getString("text"));
        assertFalse(seen.stream().anyMatch(m -> m.getBoolean("internalNote")));
        assertFalse(listed(investor, id).getBoolean("updated"), "read now");

        // the investor may only withdraw; the offices never withdraw, and decline with a reason
        String now = mine.etag();
        assertProblem(
                investor.send(
                        "POST",
                        "api/enquiries/" + id + "/status",
                        "{\"status\":\"TERM_SHEET\"}",
                        Map.of("If-Match", now)),
                403);
        assertProblem(investor.post("api/enquiries/" + id + "/notes", "{\"text\":\"mine\"}"), 403);
        assertFieldError(
                szblOffice.send(
                        "POST",
                        "api/enquiries/" + id + "/status",
                        "{\"status\":\"DECLINED\"}",
                        Map.of("If-Match", now)),
                "reason");
        assertProblem(
                szblOffice.send(
                        "POST",
                        "api/enquiries/" + id + "/status",
                        "{\"status\":\"IN_DISCUSSION\"}",
                        Map.of("If-Match", now)),
                409);
        Api.Reply withdrawn = investor.send(
                "POST", "api/enquiries/" + id + "/status", "{\"status\":\"WITHDRAWN\"}", Map.of("If-Match", now));
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertProblem(hkuOffice.post("api/enquiries/" + id + "/messages", "{\"text\":\"Still there?\"}"), 409);

        JsonArray report = hkuOffice.get("api/enquiries/report").structure().asJsonArray();
        assertTrue(
                report.stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(r -> r.getJsonNumber("ipAssetId").longValue() == asset
                                && r.getString("status").equals("WITHDRAWN")
                                && r.getInt("count") == 1),
                report::toString);
        assertTrue(
                outsiderOffice.get("api/enquiries/report").structure().asJsonArray().stream()
                        .noneMatch(
                                r -> r.asJsonObject().getJsonNumber("ipAssetId").longValue() == asset),
                "a non-owner's report leaves it out");
    }

    @Test
    void noOneElseSeesAnEnquiryAndAConfidentialAssetCannotBeEnquiredAbout() {
        long id = created(investor.post(
                "api/ip-assets/" + asset + "/enquiries", "{\"interest\":\"INVESTMENT\",\"message\":\"Seed round?\"}"));
        for (Api stranger : List.of(outsiderOffice, otherInvestor)) {
            assertProblem(stranger.get("api/enquiries/" + id), 404);
            assertProblem(stranger.post("api/enquiries/" + id + "/messages", "{\"text\":\"Hello\"}"), 404);
            assertProblem(
                    stranger.send(
                            "POST",
                            "api/enquiries/" + id + "/status",
                            "{\"status\":\"WITHDRAWN\"}",
                            Map.of("If-Match", "\"1\"")),
                    404);
            assertFalse(ids(stranger.get("api/enquiries")).contains(id), "not in a stranger's list");
        }
        assertProblem(outsiderOffice.post("api/enquiries/" + id + "/notes", "{\"text\":\"Hello\"}"), 404);
        assertProblem(new Api(base).get("api/enquiries/" + id), 401);
        assertTrue(ids(admin.get("api/enquiries")).contains(id), "an administrator reads every enquiry");

        Api.Reply hidden = investor.post(
                "api/ip-assets/" + confidential + "/enquiries", "{\"interest\":\"LICENCE\",\"message\":\"Anything?\"}");
        Api.Reply missing = investor.post(
                "api/ip-assets/999999999/enquiries", "{\"interest\":\"LICENCE\",\"message\":\"Anything?\"}");
        assertProblem(hidden, 404);
        assertProblem(missing, 404);
        assertEquals(
                missing.json().getString("detail").replace("999999999", "#"),
                hidden.json().getString("detail").replace(Long.toString(confidential), "#"),
                "a confidential asset is refused exactly like a missing one");
        assertProblem(
                hkuOffice.post("api/ip-assets/" + asset + "/enquiries", "{\"interest\":\"LICENCE\",\"message\":\"x\"}"),
                403);
        assertFieldError(
                investor.post("api/ip-assets/" + asset + "/enquiries", "{\"interest\":\"LICENCE\",\"message\":\" \"}"),
                "message");
        assertProblem(
                investor.post("api/ip-assets/" + asset + "/enquiries", "{\"interest\":\"RENT\",\"message\":\"x\"}"),
                400);
    }

    private static JsonObject inboxItem(Api office, String kind, long enquiry) {
        Api.Reply r = office.get("api/inbox?size=200");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals(kind)
                        && o.getJsonNumber("subjectId").longValue() == enquiry)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item about enquiry " + enquiry + " in " + r));
    }

    private static List<Long> ids(Api.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonObject listed(Api reader, long id) {
        return reader.get("api/enquiries").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonObject> thread(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("messages").getValuesAs(JsonObject.class);
    }
}
