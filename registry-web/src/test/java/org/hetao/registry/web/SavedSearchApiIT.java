package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved searches and their Atom feeds on the real application: an investor's saved search shows a new
 * licensable asset as new, its feed (parsed with Rome, as a feed reader would) shows it until the
 * asset becomes confidential, and a saved search is its owner's alone.
 */
@ExtendWith(ArquillianExtension.class)
class SavedSearchApiIT {
    private static final String PASSWORD = "Feed-Reader-2718";
    private static final Random RANDOM = new Random();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anInvestorsFeedShowsANewLicensableAssetUntilItBecomesConfidential() throws Exception {
        Api admin = new Api(base).asAdmin();
        String tag = word();
        long a = created(admin.post("api/institutions", institution()));
        long project = created(admin.post("api/projects", project(tag, a)));
        long secret = created(admin.post("api/ip-assets", asset(project, "Secret gripper " + tag, "CONFIDENTIAL")));
        Api investor = account(admin, "INVESTOR");

        Api.Reply saved = investor.post(
                "api/saved-searches",
                "{\"name\":\"Grippers\",\"q\":\"" + tag + "\",\"types\":[\"ip-asset\"],\"lang\":\"en\"}");
        long id = created(saved);
        assertEquals("Grippers", saved.json().getString("name"));
        assertEquals(
                List.of("ip-asset"),
                saved.json().getJsonArray("types").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(0, results(investor, id).getJsonArray("records").size());
        Api.Reply token = investor.send("POST", "api/saved-searches/" + id + "/feed-token", null, Map.of());
        assertEquals(200, token.status(), token::toString);
        String feedUrl = token.json().getString("url");
        assertTrue(investor.get("api/saved-searches/" + id).json().getBoolean("feed"));

        String body = asset(project, "Soft gripper " + tag, "PUBLIC");
        long asset = created(admin.post("api/ip-assets", body));
        awaitInvestorFinds(investor, tag, asset);

        JsonObject first = results(investor, id);
        assertEquals(1, first.getJsonNumber("newCount").longValue(), first::toString);
        JsonObject record = first.getJsonArray("records").getJsonObject(0);
        assertEquals(asset, record.getJsonNumber("id").longValue());
        assertTrue(record.getBoolean("isNew"));
        JsonObject second = results(investor, id);
        assertEquals(
                0, second.getJsonNumber("newCount").longValue(), "a visit marks what it showed as seen: " + second);
        assertEquals(1, second.getJsonArray("records").size());

        HttpResponse<String> atom = fetch(feedUrl, null);
        assertEquals(200, atom.statusCode(), atom::body);
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("urn:hetao-registry:saved-search:" + id, feed.getUri());
        assertEquals("Grippers", feed.getTitle());
        assertNotNull(feed.getPublishedDate(), "the feed's updated time");
        assertFalse(feed.getAuthors().isEmpty());
        assertEquals(
                Set.of("urn:hetao-registry:ip-asset:" + asset), entryIds(feed), "not the confidential asset " + secret);
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("Soft gripper " + tag, entry.getTitle());
        assertNotNull(entry.getUpdatedDate());
        assertTrue(entry.getLink().endsWith("#/catalogue/" + asset), entry.getLink());
        assertNotNull(entry.getDescription());
        String etag = atom.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, fetch(feedUrl, etag).statusCode(), "an unchanged feed answers 304 to If-None-Match");
        assertFalse(atom.body().contains("Secret gripper"), "a confidential asset never reaches an investor's feed");

        // the asset becomes confidential: at once (not only once the index caught up) it leaves the feed and the
        // results
        String version = admin.get("api/ip-assets/" + asset).etag();
        Api.Reply hidden = admin.put("api/ip-assets/" + asset, body.replace("\"PUBLIC\"", "\"CONFIDENTIAL\""), version);
        assertEquals(200, hidden.status(), hidden::toString);
        HttpResponse<String> after = fetch(feedUrl, null);
        assertEquals(200, after.statusCode());
        assertTrue(
                entryIds(new SyndFeedInput().build(new StringReader(after.body())))
                        .isEmpty(),
                after::body);
        assertEquals(0, results(investor, id).getJsonArray("records").size());
    }

    @Test
    void aSavedSearchIsItsOwnersAloneAndItsFeedCanBeRevoked() throws Exception {
        Api admin = new Api(base).asAdmin();
        Api owner = account(admin, "INVESTOR");
        Api other = account(admin, "INVESTOR");
        Api office = account(admin, "LEGAL");
        long id = created(owner.post(
                "api/saved-searches", "{\"name\":\"Energy\",\"q\":\"battery\",\"filters\":{\"sector\":[\"ENERGY\"]}}"));
        assertEquals("en", owner.get("api/saved-searches/" + id).json().getString("lang"));
        String v = owner.get("api/saved-searches/" + id).etag();
        for (Api stranger : List.of(other, office, admin)) {
            assertEquals(404, stranger.get("api/saved-searches/" + id).status());
            assertEquals(
                    404, stranger.get("api/saved-searches/" + id + "/results").status());
            assertEquals(
                    404,
                    stranger.put("api/saved-searches/" + id, "{\"name\":\"Mine\"}", v)
                            .status());
            assertEquals(404, stranger.delete("api/saved-searches/" + id, v).status());
            assertEquals(
                    404,
                    stranger.send("POST", "api/saved-searches/" + id + "/feed-token", null, Map.of())
                            .status());
            assertEquals(
                    404,
                    stranger.delete("api/saved-searches/" + id + "/feed-token", v)
                            .status());
            assertFalse(
                    stranger.get("api/saved-searches").body().contains("\"id\":" + id + ","),
                    "each account lists only its own");
        }
        assertEquals(401, new Api(base).get("api/saved-searches").status());

        Api.Reply renamed = owner.put(
                "api/saved-searches/" + id, "{\"name\":\"Batteries\",\"q\":\"battery\",\"lang\":\"zh-Hant\"}", v);
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("zh-Hant", renamed.json().getString("lang"));
        assertEquals(
                412,
                owner.put("api/saved-searches/" + id, "{\"name\":\"Stale\"}", v).status());

        String firstUrl = owner.send("POST", "api/saved-searches/" + id + "/feed-token", null, Map.of())
                .json()
                .getString("url");
        assertEquals(200, fetch(firstUrl, null).statusCode());
        String secondUrl = owner.send("POST", "api/saved-searches/" + id + "/feed-token", null, Map.of())
                .json()
                .getString("url");
        assertEquals(404, fetch(firstUrl, null).statusCode(), "a new feed URL revokes the old one");
        HttpResponse<String> zh = fetch(secondUrl, null);
        assertEquals(200, zh.statusCode());
        assertEquals(
                "atom_1.0",
                new SyndFeedInput().build(new StringReader(zh.body())).getFeedType());
        assertTrue(zh.body().contains("xml:lang=\"zh-Hant\""), zh::body);
        String current = owner.get("api/saved-searches/" + id).etag();
        assertEquals(
                200,
                owner.delete("api/saved-searches/" + id + "/feed-token", current)
                        .status());
        assertEquals(404, fetch(secondUrl, null).statusCode(), "a revoked feed is gone");
        assertEquals(
                404,
                fetch(secondUrl.substring(0, secondUrl.lastIndexOf('/') + 1) + "not-a-secret", null)
                        .statusCode());

        assertProblem(owner.post("api/saved-searches", "{\"name\":\"Bad\",\"filters\":{\"colour\":[\"red\"]}}"), 400);
        assertProblem(owner.post("api/saved-searches", "{\"name\":\"Bad\",\"lang\":\"fr\"}"), 400);
        assertProblem(owner.post("api/saved-searches", "{\"name\":\"Bad\",\"types\":[\"planet\"]}"), 400);
        assertProblem(owner.post("api/saved-searches", "{\"q\":\"no name\"}"), 400);
        assertEquals(
                1, owner.get("api/saved-searches").structure().asJsonArray().size());

        String last = owner.get("api/saved-searches/" + id).etag();
        assertEquals(204, owner.delete("api/saved-searches/" + id, last).status());
        assertEquals(404, owner.get("api/saved-searches/" + id).status());
    }

    private static Set<String> entryIds(SyndFeed feed) {
        Set<String> ids = new HashSet<>();
        feed.getEntries().forEach(e -> ids.add(e.getUri()));
        return ids;
    }

    private static HttpResponse<String> fetch(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/atom+xml");
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject results(Api api, long id) {
        Api.Reply r = api.get("api/saved-searches/" + id + "/results");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static void awaitInvestorFinds(Api investor, String tag, long id) {
        await("the investor finds asset " + id)
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> investor.get("api/search?q=" + tag),
                        r -> r.status() == 200
                                && r.json().getJsonArray("hits").stream()
                                        .anyMatch(h -> h.asJsonObject()
                                                        .getJsonNumber("id")
                                                        .longValue()
                                                == id));
    }

    private Api account(Api admin, String role) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                                        + "\"}")
                        .status());
        return new Api(base).as(name, PASSWORD);
    }

    private static String word() {
        String letters = "bcdfghjkmnpqrtvwxz";
        StringBuilder w = new StringBuilder("xf");
        for (int i = 0; i < 7; i++) {
            w.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return w.toString();
    }

    private static String institution() {
        return """
                {"shortName":"F%s","name":{"en":"Feed test institution"},"kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                """.formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }

    private static String project(String tag, long lead) {
        return """
                {"code":"F-%s","title":{"en":"Gripper platform %s"},"abstract":{"en":"Robotics."},"sectors":["ROBOTICS"],
                 "site":"BOTH","status":"ACTIVE","startDate":"2025-01-01","confidentiality":"PUBLIC",
                 "participants":[{"institutionId":%d,"role":"LEAD"}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), tag, lead);
    }

    private static String asset(long project, String title, String confidentiality) {
        return """
                {"projectId":%d,"type":"PATENT_APPLICATION","title":{"en":"%s"},"abstract":{"en":"Internal."},
                 "publicSummary":"A soft gripper for sample tubes.","readinessLevel":4,"licensing":"NON_EXCLUSIVE",
                 "confidentiality":"%s","inventors":[]}
                """.formatted(project, title, confidentiality);
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }
}
