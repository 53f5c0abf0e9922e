package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.Mailbox;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runtime settings and enquiries from public visitors, against a real SMTP server (GreenMail) on the
 * port the build reserved: the administrator opens visitors' enquiries without a restart; a visitor
 * asks about a public asset, takes the confirmation link from the e-mail received, confirms once, and
 * follows the thread through its own secret link; the owners' offices see the verified contact and
 * their replies reach the visitor by e-mail. Each test leaves the settings as it found them (unset).
 */
@ExtendWith(ArquillianExtension.class)
class VisitorEnquiryApiIT {
    private static final String PASSWORD = "Visitor-Office-2718";
    private static final Pattern CONFIRM = Pattern.compile("#/visitor/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern THREAD = Pattern.compile("#/visitor/enquiry/([A-Za-z0-9_-]{43})");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private Api visitor;
    private long hku;
    private Api hkuOffice;
    private long asset;
    private long hidden;

    @BeforeAll
    static void smtpServer() {
        smtp = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void publicAsset() {
        admin = new Api(base).asAdmin();
        visitor = new Api(base);
        hku = created(admin.post("api/institutions", """
                {"shortName":"V%s","name":{"en":"Visitor test university","zhHant":"訪客測試大學","zhHans":"访客测试大学"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                """.formatted(unique())));
        long project = created(admin.post("api/projects", """
                {"code":"VE-%s","title":{"en":"Visitor enquiry project"},"site":"HK_PARK","status":"ACTIVE","startDate":"2025-01-01",
                 "confidentiality":"PUBLIC","participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(unique(), hku)));
        asset = created(admin.post("api/ip-assets", """
                {"projectId":%d,"type":"PATENT","title":{"en":"Microfluidic sepsis assay","zhHant":"微流控敗血症檢測","zhHans":"微流控败血症检测"},
                 "publicSummary":"A bedside assay that detects sepsis within an hour.","readinessLevel":6,"licensing":"NON_EXCLUSIVE","confidentiality":"PUBLIC"}
                """.formatted(project)));
        hidden = created(admin.post("api/ip-assets", """
                {"projectId":%d,"type":"KNOW_HOW","title":{"en":"Unpublished assay buffer"},"readinessLevel":3,"licensing":"NON_EXCLUSIVE","confidentiality":"CONFIDENTIAL"}
                """.formatted(project)));
        for (long a : List.of(asset, hidden)) {
            assertEquals(
                    200,
                    admin.recordOwnership(
                                    a,
                                    "{\"effectiveFrom\":\"2026-01-01\",\"reason\":\"Assignment agreed in 2026\",\"shares\":[{\"institutionId\":"
                                            + hku + ",\"shareBp\":10000}]}",
                                    "\"0\"")
                            .status());
        }
        String user = "tto-" + unique().toLowerCase();
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                                        + "\",\"role\":\"TTO\",\"institutionId\":" + hku + ",\"email\":\"" + user
                                        + "@visitor-uni.example.hk\"}")
                        .status());
        hkuOffice = new Api(base).as(user, PASSWORD);
    }

    @AfterEach
    void settingsUnset() {
        Api.Reply s = admin.get("api/admin/settings");
        Api.Reply r = admin.put(
                "api/admin/settings", "{\"publicCatalogueEnabled\":null,\"visitorEnquiriesEnabled\":null}", s.etag());
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void anAdministratorChangesTheSettingsWithoutARestartAndEveryChangeIsAudited() {
        Api.Reply s = admin.get("api/admin/settings");
        assertEquals(200, s.status(), s::toString);
        JsonObject catalogue = s.json().getJsonObject("publicCatalogueEnabled");
        assertTrue(catalogue.getBoolean("enabled"));
        assertEquals("registry.public.catalogue.enabled", catalogue.getString("key"));
        assertFalse(
                s.json().getJsonObject("visitorEnquiriesEnabled").getBoolean("enabled"),
                "visitors' enquiries are off by default");
        assertFalse(visitor.get("api/public/visitor-enquiries").json().getBoolean("open"));
        assertProblem(visitor.post("api/public/ip-assets/" + asset + "/enquiries", ask("closed@example.org")), 404);

        assertProblem(admin.put("api/admin/settings", "{\"publicCatalogueEnabled\":false}", null), 428);
        assertProblem(admin.put("api/admin/settings", "{\"publicCatalogueEnabled\":false}", "\"999999\""), 412);
        assertProblem(hkuOffice.put("api/admin/settings", "{\"publicCatalogueEnabled\":false}", s.etag()), 403);
        Api.Reply closed = admin.put(
                "api/admin/settings", "{\"publicCatalogueEnabled\":false,\"visitorEnquiriesEnabled\":null}", s.etag());
        assertEquals(200, closed.status(), closed::toString);
        assertNotEquals(s.etag(), closed.etag());
        assertFalse(closed.json().getJsonObject("publicCatalogueEnabled").getBoolean("enabled"));
        assertTrue(
                closed.json().getJsonObject("publicCatalogueEnabled").getBoolean("configured"),
                "the key still says open");
        assertProblem(visitor.get("api/public/catalogue?q=sepsis"), 404);
        assertProblem(visitor.get("api/public/ip-assets/" + asset), 404);
        assertProblem(visitor.get("api/public/visitor-enquiries"), 404);

        Api.Reply opened = admin.put(
                "api/admin/settings",
                "{\"publicCatalogueEnabled\":null,\"visitorEnquiriesEnabled\":true}",
                closed.etag());
        assertEquals(200, opened.status(), opened::toString);
        assertEquals(200, visitor.get("api/public/ip-assets/" + asset).status(), "back to the configured value: open");
        assertTrue(visitor.get("api/public/visitor-enquiries").json().getBoolean("open"));

        Api.Reply audit = admin.get("api/audit?entityKind=runtime%20settings&size=50");
        assertEquals(200, audit.status(), audit::toString);
        List<JsonObject> changes = audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(changes.size() >= 2, audit::toString);
        assertTrue(
                changes.stream()
                        .allMatch(c -> c.getString("actor").equals("admin")
                                && c.getString("action").equals("UPDATE")),
                audit::toString);
        assertTrue(
                changes.stream().anyMatch(c -> c.getString("changes").contains("publicCatalogueEnabled")),
                audit::toString);
    }

    @Test
    void aVisitorConfirmsByTheMailedLinkOnceAndFollowsTheThreadTheOfficesAnswer() throws Exception {
        open();
        String email = "chan-" + unique().toLowerCase() + "@harbour.example.hk";
        Api.Reply asked = visitor.post("api/public/ip-assets/" + asset + "/enquiries", ask(email.toUpperCase()));
        assertEquals(202, asked.status(), asked::toString);
        assertEquals(email, asked.json().getString("email"));
        assertFalse(
                hasItem(hkuOffice, "ENQUIRY_RECEIVED"), "nothing reaches the owners before the address is confirmed");

        MimeMessage confirmation = Mailbox.await(smtp, email, "Confirm your enquiry");
        String text = (String) confirmation.getContent();
        assertTrue(text.contains("Microfluidic sepsis assay") && text.contains("微流控敗血症檢測"), text);
        String token = match(CONFIRM, text);

        assertProblem(
                visitor.post("api/public/visitor-enquiries/confirm", "{\"token\":\"" + token.substring(1) + "x\"}"),
                404);
        Api.Reply confirmed = visitor.post("api/public/visitor-enquiries/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(201, confirmed.status(), confirmed::toString);
        long id = confirmed.json().getJsonNumber("enquiryId").longValue();
        String thread = confirmed.json().getString("threadToken");
        assertProblem(visitor.post("api/public/visitor-enquiries/confirm", "{\"token\":\"" + token + "\"}"), 410);

        JsonObject received = awaitItem(hkuOffice, "ENQUIRY_RECEIVED", id);
        assertEquals("/api/enquiries/" + id, received.getString("href"));
        Api.Reply seen = hkuOffice.get("api/enquiries/" + id);
        assertEquals(200, seen.status(), seen::toString);
        JsonObject contact = seen.json().getJsonObject("visitor");
        assertEquals("Chan Siu Ming", contact.getString("name"));
        assertEquals("Harbour Ventures", contact.getString("organisation"));
        assertEquals(email, contact.getString("email"));
        assertTrue(contact.getBoolean("emailVerified"));
        assertEquals("NEW", seen.json().getString("status"));

        String linked = match(THREAD, (String)
                Mailbox.await(smtp, email, "Enquiry #" + id + " sent").getContent());
        assertEquals(thread, linked, "the thread's link is mailed too");

        assertEquals(
                200,
                hkuOffice
                        .post("api/enquiries/" + id + "/notes", "{\"text\":\"Check the visitor's fund first.\"}")
                        .status());
        assertEquals(
                200,
                hkuOffice
                        .post(
                                "api/enquiries/" + id + "/messages",
                                "{\"text\":\"Thank you; we can offer an evaluation licence.\"}")
                        .status());
        String replyMail =
                (String) Mailbox.await(smtp, email, "Reply to enquiry #" + id).getContent();
        assertTrue(
                replyMail.contains("we can offer an evaluation licence")
                        && replyMail.contains("Visitor test university"),
                replyMail);
        assertFalse(replyMail.contains("fund first"), "internal notes are never mailed");

        Api.Reply t = visitor.get("api/public/enquiry-threads/" + thread);
        assertEquals(200, t.status(), t::toString);
        assertEquals("IN_DISCUSSION", t.json().getString("status"));
        List<JsonObject> messages = t.json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(2, messages.size(), "the visitor's message and the office's answer, without the note: " + t);
        assertTrue(messages.get(0).getBoolean("fromVisitor"));
        assertEquals(
                "Visitor test university",
                messages.get(1).getJsonObject("office").getString("en"));
        assertFalse(t.body().contains("tto-"), "offices' accounts are not shown to a visitor");

        Api.Reply again = visitor.post(
                "api/public/enquiry-threads/" + thread + "/messages", "{\"text\":\"Yes please, for six months.\"}");
        assertEquals(200, again.status(), again::toString);
        awaitItem(hkuOffice, "ENQUIRY_MESSAGE", id);
        assertProblem(visitor.send("POST", "api/public/enquiry-threads/" + thread + "/withdraw", null, Map.of()), 428);
        Api.Reply withdrawn = visitor.send(
                "POST", "api/public/enquiry-threads/" + thread + "/withdraw", null, Map.of("If-Match", again.etag()));
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", hkuOffice.get("api/enquiries/" + id).json().getString("status"));

        assertEquals(
                204,
                visitor.delete("api/public/enquiry-threads/" + thread, null).status());
        assertProblem(visitor.get("api/public/enquiry-threads/" + thread), 404);
        assertEquals(200, hkuOffice.get("api/enquiries/" + id).status(), "the enquiry stays with the office");

        // the visitor lost the link: the office mails a new one, to the verified address only
        assertProblem(admin.post("api/enquiries/" + id + "/visitor-link", null), 403);
        assertEquals(
                204,
                hkuOffice.post("api/enquiries/" + id + "/visitor-link", null).status());
        String renewed = match(THREAD, (String)
                Mailbox.await(smtp, email, "New link to enquiry #" + id).getContent());
        assertNotEquals(thread, renewed);
        Api.Reply back = visitor.get("api/public/enquiry-threads/" + renewed);
        assertEquals(200, back.status(), back::toString);
        assertEquals("WITHDRAWN", back.json().getString("status"));
        assertFalse(back.json().getBoolean("open"));
    }

    @Test
    void onlyPublicAssetsTakeVisitorsEnquiriesAndEachAddressIsLimited() throws Exception {
        open();
        Api.Reply hiddenAnswer =
                visitor.post("api/public/ip-assets/" + hidden + "/enquiries", ask("a@harbour.example.hk"));
        Api.Reply missingAnswer = visitor.post("api/public/ip-assets/987654321/enquiries", ask("a@harbour.example.hk"));
        assertProblem(hiddenAnswer, 404);
        assertProblem(missingAnswer, 404);
        assertEquals(
                hiddenAnswer.json().getString("title"), missingAnswer.json().getString("title"));
        assertEquals(
                hiddenAnswer.json().getString("detail").replace(Long.toString(hidden), "#"),
                missingAnswer.json().getString("detail").replace("987654321", "#"),
                "a hidden asset answers exactly as a missing one");

        assertFieldError(visitor.post("api/public/ip-assets/" + asset + "/enquiries", ask("not-an-address")), "email");
        assertFieldError(
                visitor.post(
                        "api/public/ip-assets/" + asset + "/enquiries",
                        ask("a@harbour.example.hk").replace("Harbour Ventures", "x".repeat(201))),
                "organisation");

        String email = "limit-" + unique().toLowerCase() + "@harbour.example.hk";
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    202,
                    visitor.post("api/public/ip-assets/" + asset + "/enquiries", ask(email))
                            .status());
        }
        Api.Reply limited = visitor.post("api/public/ip-assets/" + asset + "/enquiries", ask(email));
        assertProblem(limited, 429);
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0);
        assertFalse(hasItem(hkuOffice, "ENQUIRY_RECEIVED"), "unconfirmed requests reach no one");
    }

    private void open() {
        Api.Reply s = admin.get("api/admin/settings");
        assertEquals(
                200,
                admin.put(
                                "api/admin/settings",
                                "{\"publicCatalogueEnabled\":null,\"visitorEnquiriesEnabled\":true}",
                                s.etag())
                        .status());
    }

    private static String ask(String email) {
        return """
                {"name":"Chan Siu Ming","organisation":"Harbour Ventures","email":"%s","interest":"LICENCE",
                 "message":"We would like to evaluate the assay in two hospitals.","lang":"zh-Hant"}
                """.formatted(email);
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), () -> "no link in: " + text);
        return m.group(1);
    }

    private static boolean hasItem(Api office, String kind) {
        return office.get("api/inbox?size=200").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("kind").equals(kind));
    }

    private static JsonObject awaitItem(Api office, String kind, long enquiry) {
        return await("a " + kind + " item about enquiry " + enquiry)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> office.get("api/inbox?size=200").json().getJsonArray("items").stream()
                                .map(v -> v.asJsonObject())
                                .filter(o -> o.getString("kind").equals(kind)
                                        && o.getJsonNumber("subjectId").longValue() == enquiry)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .get();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }
}
