package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved searches' e-mail digests against a real SMTP server (GreenMail): the digest lists the records
 * registered since the last one that the owner may see when it is sent — a record made confidential
 * meanwhile is left out — and its unsubscribe link, taken from the e-mail received, stops it.
 */
@ExtendWith(ArquillianExtension.class)
class DigestApiIT {
    private static final String PASSWORD = "Digest-Reader-2718";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("#/digest/unsubscribe/([A-Za-z0-9_-]{43})");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void smtpServer() {
        smtp = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aDigestListsWhatIsNewAndStillVisibleAndItsLinkUnsubscribes() throws Exception {
        Api admin = new Api(base).asAdmin();
        String word = "digestword" + unique().toLowerCase();
        String user = "investor-" + unique().toLowerCase();
        String email = user + "@fund.example.hk";
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                                        + "\",\"role\":\"INVESTOR\",\"email\":\"" + email + "\"}")
                        .status());
        Api investor = new Api(base).as(user, PASSWORD);
        Api.Reply saved = investor.post(
                "api/saved-searches",
                "{\"name\":\"Sepsis digest\",\"q\":\"" + word + "\",\"types\":[\"ip-asset\"],\"lang\":\"en\"}");
        assertEquals(201, saved.status(), saved::toString);
        long search = saved.id();
        assertProblem(
                investor.send("POST", "api/saved-searches/" + search + "/digest/send", null, java.util.Map.of()), 409);
        assertProblem(
                new Api(base)
                        .asAdmin()
                        .put("api/saved-searches/" + search + "/digest", "{\"frequency\":\"DAILY\"}", saved.etag()),
                404);
        Api.Reply daily =
                investor.put("api/saved-searches/" + search + "/digest", "{\"frequency\":\"DAILY\"}", saved.etag());
        assertEquals(200, daily.status(), daily::toString);
        assertEquals("DAILY", daily.json().getString("digest"));

        long institution = created(admin.post("api/institutions", """
                {"shortName":"D%s","name":{"en":"Digest test university"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                """.formatted(unique())));
        long project = created(admin.post("api/projects", """
                {"code":"DG-%s","title":{"en":"Digest project"},"site":"HK_PARK","status":"ACTIVE","startDate":"2025-01-01",
                 "confidentiality":"PUBLIC","participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(unique(), institution)));
        created(admin.post("api/ip-assets", asset(project, "Alpha " + word + " assay", "PUBLIC")));
        long beta = created(admin.post("api/ip-assets", asset(project, "Beta " + word + " buffer", "PUBLIC")));
        awaitFound(investor, search, 2);

        Api.Reply betaNow = admin.get("api/ip-assets/" + beta);
        Api.Reply hidden = admin.put(
                "api/ip-assets/" + beta, asset(project, "Beta " + word + " buffer", "CONFIDENTIAL"), betaNow.etag());
        assertEquals(200, hidden.status(), hidden::toString);

        Api.Reply sent =
                investor.send("POST", "api/saved-searches/" + search + "/digest/send", null, java.util.Map.of());
        assertEquals(200, sent.status(), sent::toString);
        assertEquals(1, sent.json().getInt("records"), "only what the owner may see when the digest is sent: " + sent);
        MimeMessage digest = Mailbox.await(smtp, email, "Sepsis digest: 1 new record(s)");
        String text = (String) digest.getContent();
        assertTrue(text.contains("Alpha " + word + " assay"), text);
        assertFalse(text.contains("Beta"), "a record made confidential never appears: " + text);
        assertTrue(text.contains("#/saved-searches/" + search), text);

        int mails = smtp.getReceivedMessages().length;
        Api.Reply nothing =
                investor.send("POST", "api/saved-searches/" + search + "/digest/send", null, java.util.Map.of());
        assertEquals(0, nothing.json().getInt("records"), "what was digested is not sent again");
        await("no e-mail without news")
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> smtp.getReceivedMessages().length, n -> n == mails);
        assertEquals(mails, smtp.getReceivedMessages().length, "no e-mail without news");

        Matcher m = UNSUBSCRIBE.matcher(text);
        assertTrue(m.find(), text);
        assertProblem(
                new Api(base)
                        .post(
                                "api/digests/unsubscribe",
                                "{\"token\":\"" + m.group(1).substring(1) + "x\"}"),
                404);
        Api.Reply off = new Api(base).post("api/digests/unsubscribe", "{\"token\":\"" + m.group(1) + "\"}");
        assertEquals(200, off.status(), off::toString);
        assertEquals("Sepsis digest", off.json().getString("name"));
        JsonObject now = investor.get("api/saved-searches/" + search).json();
        assertEquals("OFF", now.getString("digest"));
        assertFalse(now.containsKey("digestSince") && !now.isNull("digestSince"));
    }

    private static String asset(long project, String title, String confidentiality) {
        return """
                {"projectId":%d,"type":"PATENT","title":{"en":"%s"},"publicSummary":"Registered for the digest test.",
                 "readinessLevel":5,"licensing":"NON_EXCLUSIVE","confidentiality":"%s"}
                """.formatted(project, title, confidentiality);
    }

    private static void awaitFound(Api owner, long search, int n) {
        await("the saved search finds " + n + " records")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> owner.get("api/saved-searches/" + search + "/results"),
                        r -> r.status() == 200
                                && r.json().getJsonArray("records").size() >= n);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }
}
