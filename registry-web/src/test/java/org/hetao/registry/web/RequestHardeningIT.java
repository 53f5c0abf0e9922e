package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an unauthenticated client can make the registry do: read huge bodies, write audit rows, fail OPTIONS. */
@ExtendWith(ArquillianExtension.class)
class RequestHardeningIT {
    private static final int THREE_MB = 3 * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** A sign-in whose password field holds megabytes: valid JSON, just too long to be read. */
    private static byte[] hugeSignIn() {
        return ("{\"username\":\"admin\",\"password\":\"" + "x".repeat(THREE_MB) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        HttpResponse<String> declared = post("api/auth/token", HttpRequest.BodyPublishers.ofByteArray(hugeSignIn()));
        assertProblem(new Api.Reply(declared.statusCode(), declared.headers().map(), declared.body()), 413);
        assertTrue(declared.body().contains("larger than 1048576 bytes"), declared.body());
    }

    @Test
    void aBodySentWithoutALengthIsCutOffAtTheLimit() throws Exception {
        byte[] body = hugeSignIn();
        HttpResponse<String> chunked =
                post("api/auth/token", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertProblem(new Api.Reply(chunked.statusCode(), chunked.headers().map(), chunked.body()), 413);
    }

    @Test
    void aBodyUnderTheLimitIsStillReadAsUsual() {
        Api anonymous = new Api(base);
        Api.Reply read = anonymous.post(
                "api/auth/token", "{\"username\":\"admin\",\"password\":\"" + "y".repeat(200_000) + "\"}");
        assertProblem(read, 400);
        assertTrue(read.body().contains("password"), "the body was read and its field checked: " + read);
    }

    @Test
    void refusalsOfAnonymousRequestsWriteNothingToTheAuditTrail() {
        Api admin = new Api(base).asAdmin();
        int before = admin.get("api/audit?action=REFUSED&size=1").json().getInt("total");
        Api anonymous = new Api(base);
        for (int i = 0; i < 30; i++) {
            assertProblem(anonymous.get("api/projects"), 401);
            assertProblem(anonymous.withToken("forged-" + i).get("api/institutions"), 401);
        }
        assertEquals(
                before,
                admin.get("api/audit?action=REFUSED&size=1").json().getInt("total"),
                "a refusal before sign-in costs no audit write");
    }

    @Test
    void optionsIsAnsweredWithTheAllowedMethods() {
        Api.Reply options = new Api(base).send("OPTIONS", "api/projects", null, Map.of());
        assertTrue(options.status() == 200 || options.status() == 204, options::toString);
        String allow = options.header("Allow");
        assertTrue(allow != null && allow.contains("GET") && allow.contains("POST"), options::toString);
    }
}
