package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Fixture.created;
import static org.hetao.registry.web.support.Fixture.shares;
import static org.hetao.registry.web.support.Fixture.unique;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.Fixture;
import org.hetao.registry.web.support.Mailbox;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every office's inbox through the API, on a joint asset of two institutions: the other office is
 * asked to approve, hears of agreements issued and out of date, and the proposer hears the outcome;
 * read marks are each account's own; only offices and administrators read inboxes. The registry
 * runs with e-mail on (arquillian.xml) towards a real SMTP server started here (GreenMail), on the
 * port the build reserved: approving sends mail to the offices' accounts that have an address. It
 * also checks proposals' deadlines every 5 seconds and tells offices of an expiry 31 days ahead, so
 * every open proposal (they expire after 30) soon gets its PROPOSAL_EXPIRING items: the tests look
 * for items by kind rather than count on the newest.
 */
@ExtendWith(ArquillianExtension.class)
class InboxApiIT {
    private static final String PASSWORD = "Inbox-Office-2718";
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Fixture world;
    private Api admin;
    private long hku;
    private long szbl;
    private String hkuCode;
    private String szblCode;
    private String hkuUser;
    private String szblUser;
    private Api hkuOffice;
    private Api szblOffice;
    private String hkuMail;
    private String szblMail;
    private long asset;

    @BeforeAll
    static void smtpServer() {
        smtp = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void jointAsset() {
        hkuMail = "office-" + unique().toLowerCase() + "@hku.example.hk";
        szblMail = "office-" + unique().toLowerCase() + "@szbl.example.cn";
        world = Fixture.on(base)
                .institution("hku", "HK", "HK")
                .institution("szbl", "MAINLAND", "CN")
                .project("project", "IB", "Joint inbox project", "CONSORTIUM", "hku", "szbl")
                .asset("asset", "project", """
                        {"type":"KNOW_HOW","title":{"en":"Organoid culture method","zhHant":"類器官培養方法","zhHans":"类器官培养方法"},
                         "readinessLevel":3,"licensing":"NOT_AVAILABLE","confidentiality":"CONFIDENTIAL"}""")
                // before the institutions have offices, the administrator records their signed agreement on their
                // behalf
                .owners("asset", "2026-01-01", "hku", 5000, "szbl", 5000)
                .office("hkuOffice", "hku", hkuMail)
                .office("szblOffice", "szbl", szblMail);
        admin = world.admin();
        hku = world.id("hku");
        hkuCode = world.name("hku");
        szbl = world.id("szbl");
        szblCode = world.name("szbl");
        asset = world.id("asset");
        hkuUser = world.name("hkuOffice");
        szblUser = world.name("szblOffice");
        hkuOffice = world.api("hkuOffice");
        szblOffice = world.api("szblOffice");
    }

    @Test
    void theOtherOfficeIsAskedToApproveAndBothHearOfTheOutcomeAndTheAgreements() throws Exception {
        long agreement = created(admin.post("api/agreements", agreement()));
        String etag = admin.get("api/agreements/" + agreement).etag();
        Api.Reply issued = admin.send(
                "POST",
                "api/agreements/" + agreement + "/issue",
                "{\"acknowledgedWarnings\":true}",
                Map.of("If-Match", etag));
        assertEquals(200, issued.status(), issued::toString);
        for (Api office : List.of(hkuOffice, szblOffice)) {
            JsonObject item = newest(office, "AGREEMENT_ISSUED");
            assertEquals("/api/agreements/" + agreement, item.getString("href"));
            assertEquals(agreement, item.getJsonNumber("subjectId").longValue());
        }

        Api.Reply proposed = hkuOffice.put(ownership(), shares("2026-12-01", hku, 7000, szbl, 3000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        long proposal = proposed.json().getJsonNumber("id").longValue();

        JsonObject asked = newest(szblOffice, "APPROVAL_REQUESTED");
        assertEquals("ownership-proposal", asked.getString("subjectKind"));
        assertEquals(proposal, asked.getJsonNumber("subjectId").longValue());
        assertEquals("/api/ownership-proposals/" + proposal, asked.getString("href"));
        assertEquals(asset, asked.getJsonNumber("ipAssetId").longValue());
        assertEquals(
                "Organoid culture method", asked.getJsonObject("assetTitle").getString("en"));
        assertEquals("類器官培養方法", asked.getJsonObject("assetTitle").getString("zhHant"));
        assertEquals(hkuUser, asked.getString("actor"));
        assertEquals(hkuCode, asked.getString("actorInstitution"));
        assertEquals(szblCode, asked.getString("institution"));
        assertFalse(asked.getBoolean("read"));
        int unread = szblOffice.get("api/inbox/unread-count").json().getInt("unread");
        assertTrue(
                unread == 2 || unread == 3,
                "the agreement and the request (and the expiry soon, if checked already): " + unread);
        assertEquals("AGREEMENT_ISSUED", newest(hkuOffice).getString("kind"), "the proposer's own office is not asked");

        MimeMessage request = Mailbox.await(smtp, szblMail, "awaits your office's approval");
        assertTrue(
                request.getSubject().contains("Ownership proposal #" + proposal)
                        && request.getSubject().contains("awaits your office's approval"),
                request.getSubject());
        String text = (String) request.getContent();
        assertTrue(text.contains("权属变更提案 #" + proposal) && text.contains(hkuUser), text);
        assertFalse(text.contains("Organoid"), "no title of a confidential asset leaves by e-mail: " + text);

        Api.Reply approved = szblOffice.send(
                "POST",
                asked.getString("href").substring(1) + "/approve",
                null,
                Map.of(
                        "If-Match",
                        szblOffice.get("api/ownership-proposals/" + proposal).etag()));
        assertEquals(200, approved.status(), approved::toString);

        List<String> hkuKinds = kinds(hkuOffice, 20);
        assertTrue(
                hkuKinds.containsAll(List.of("PROPOSAL_TOOK_EFFECT", "AGREEMENT_OUT_OF_DATE", "AGREEMENT_ISSUED")),
                hkuKinds.toString());
        List<String> szblKinds = kinds(szblOffice, 20);
        assertTrue(
                szblKinds.containsAll(List.of("AGREEMENT_OUT_OF_DATE", "APPROVAL_REQUESTED", "AGREEMENT_ISSUED")),
                szblKinds.toString());
        assertFalse(
                szblKinds.contains("PROPOSAL_TOOK_EFFECT"),
                "the office that approved last is not told of its own step");

        MimeMessage effect = Mailbox.await(smtp, hkuMail, "took effect");
        String hkText = (String) effect.getContent();
        assertTrue(hkText.contains("已獲所有辦公室批准並生效") && hkText.contains(szblUser), hkText);
    }

    @Test
    void aRejectionTellsTheProposerWhyAndReadMarksAreEachAccountsOwn() {
        Api.Reply proposed = hkuOffice.put(ownership(), shares("2026-12-01", hku, 10000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        long proposal = proposed.json().getJsonNumber("id").longValue();
        Api.Reply rejected = szblOffice.send(
                "POST",
                "api/ownership-proposals/" + proposal + "/reject",
                "{\"reason\":\"Our share is not for sale\"}",
                Map.of(
                        "If-Match",
                        szblOffice.get("api/ownership-proposals/" + proposal).etag()));
        assertEquals(200, rejected.status(), rejected::toString);
        JsonObject told = newest(hkuOffice);
        assertEquals(
                "PROPOSAL_REJECTED",
                told.getString("kind"),
                "the proposer's office is not warned of the expiry: it approved");
        assertEquals("Our share is not for sale", told.getString("note"));
        assertEquals(szblUser, told.getString("actor"));

        Api colleague = world.office("colleague", "hku").api("colleague");
        assertEquals(1, hkuOffice.get("api/inbox/unread-count").json().getInt("unread"));
        assertEquals(1, colleague.get("api/inbox/unread-count").json().getInt("unread"));
        long item = told.getJsonNumber("id").longValue();
        assertEquals(204, hkuOffice.post("api/inbox/" + item + "/read", "").status());
        assertEquals(204, hkuOffice.post("api/inbox/" + item + "/read", "").status(), "again: no change");
        assertEquals(0, hkuOffice.get("api/inbox/unread-count").json().getInt("unread"));
        assertTrue(newest(hkuOffice).getBoolean("read"));
        assertEquals(
                0,
                hkuOffice
                        .get("api/inbox?unread=true")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                1,
                colleague
                        .get("api/inbox?unread=true")
                        .json()
                        .getJsonArray("items")
                        .size(),
                "the colleague's marks are its own");
        assertEquals(1, colleague.post("api/inbox/read", "").json().getInt("marked"));
        assertEquals(0, colleague.get("api/inbox/unread-count").json().getInt("unread"));

        // the colleague gives its own e-mail address, and takes it back
        String address = "colleague-" + unique().toLowerCase() + "@hku.example.hk";
        assertEquals(
                address,
                colleague
                        .put("api/auth/me/email", "{\"email\":\"" + address + "\"}", null)
                        .json()
                        .getString("email"));
        assertEquals(address, colleague.get("api/auth/me").json().getString("email"));
        assertFieldError(colleague.put("api/auth/me/email", "{\"email\":\"colleague at hku\"}", null), "email");
        assertFalse(
                colleague
                        .put("api/auth/me/email", "{\"email\":\"\"}", null)
                        .json()
                        .containsKey("email"),
                "no address (null fields are left out)");
        assertFalse(colleague.get("api/auth/me").json().containsKey("email"));
    }

    @Test
    void onlyTheOfficeAndAdministratorsReadAnInbox() {
        Api.Reply proposed = hkuOffice.put(ownership(), shares("2026-12-01", hku, 10000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        long item = newest(szblOffice, "APPROVAL_REQUESTED").getJsonNumber("id").longValue();

        assertProblem(hkuOffice.post("api/inbox/" + item + "/read", ""), 404);
        assertProblem(hkuOffice.post("api/inbox/999999999/read", ""), 404);
        assertProblem(hkuOffice.get("api/inbox?institutionId=" + szbl), 403);
        assertEquals(200, hkuOffice.get("api/inbox?institutionId=" + hku).status(), "its own, named");
        assertFieldError(hkuOffice.get("api/inbox?unread=yes"), "unread");
        assertFieldError(hkuOffice.get("api/inbox?size=500"), "size");

        assertEquals(
                item,
                newest(admin, "APPROVAL_REQUESTED", szbl).getJsonNumber("id").longValue(),
                "an administrator reads the office's inbox");
        assertTrue(
                admin.get("api/inbox").json().getJsonNumber("total").longValue() >= 1, "and every office's together");

        String suffix = unique().toLowerCase();
        for (String role : List.of("LEGAL", "INVESTOR")) {
            Api other = world.account(role, role, null).api(role);
            assertProblem(other.get("api/inbox"), 403);
            assertProblem(other.get("api/inbox/unread-count"), 403);
            assertProblem(other.post("api/inbox/" + item + "/read", ""), 403);
        }
        assertProblem(new Api(base).get("api/inbox"), 401);
        assertFieldError(
                admin.post(
                        "api/accounts",
                        "{\"username\":\"mail-" + suffix + "\",\"password\":\"" + PASSWORD
                                + "\",\"role\":\"TTO\",\"institutionId\":" + hku + ",\"email\":\"not an address\"}"),
                "email");
    }

    @Test
    void theOfficesStillToApproveAreToldOnceThatAProposalExpiresSoon() throws Exception {
        Api.Reply proposed = hkuOffice.put(ownership(), shares("2026-12-01", hku, 10000), "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        long proposal = proposed.json().getJsonNumber("id").longValue();
        String expiresAt = proposed.json().getString("expiresAt");

        JsonObject warned = awaitItem(szblOffice, "PROPOSAL_EXPIRING");
        assertEquals(proposal, warned.getJsonNumber("subjectId").longValue());
        assertEquals("system", warned.getString("actor"));
        assertEquals(expiresAt.substring(0, 16), warned.getString("note").substring(0, 16), "when it expires");
        MimeMessage mail = Mailbox.await(smtp, szblMail, "expires soon");
        assertTrue(
                ((String) mail.getContent()).contains("即将过期"), mail.getContent().toString());

        // two more checks (every 5 s): the office is told once, and at no time twice
        await("the office is told once")
                .during(Duration.ofSeconds(11))
                .atMost(Duration.ofSeconds(20))
                .until(() -> count(szblOffice, "PROPOSAL_EXPIRING"), n -> n == 1);
        assertEquals(1, count(szblOffice, "PROPOSAL_EXPIRING"));
        assertEquals(0, count(hkuOffice, "PROPOSAL_EXPIRING"), "the proposer's office approved by proposing");
    }

    private static JsonObject awaitItem(Api office, String kind) {
        return await("a " + kind + " item in the office's inbox")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> find(office, kind, null), Objects::nonNull);
    }

    private static long count(Api office, String kind) {
        return office.get("api/inbox?size=200").json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("kind").equals(kind))
                .count();
    }

    private static JsonObject find(Api reader, String kind, Long institution) {
        Api.Reply r = reader.get("api/inbox?size=200" + (institution == null ? "" : "&institutionId=" + institution));
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals(kind))
                .findFirst()
                .orElse(null);
    }

    private static JsonObject newest(Api reader, String kind, Long... institution) {
        JsonObject o = find(reader, kind, institution.length == 0 ? null : institution[0]);
        assertTrue(o != null, "no " + kind + " item");
        return o;
    }

    private static JsonObject newest(Api office) {
        Api.Reply r = office.get("api/inbox");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getJsonObject(0);
    }

    private static List<String> kinds(Api office, int n) {
        return office.get("api/inbox?size=" + n).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("kind"))
                .toList();
    }

    private String ownership() {
        return "api/ip-assets/" + asset + "/ownership";
    }

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
}
