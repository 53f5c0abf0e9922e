package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server answers by itself, outside the API's resources, with the uber-jar run as the
 * quick start runs it: every such answer carries the security headers and is a problem+json
 * without product names, or (for the few that the HTTP layer sends before the application exists
 * for the request, see docs/security.md) it has no body and no content type at all. The metrics
 * endpoint is off. Requests are written byte for byte on a socket, as a client that does not
 * follow the rules would send them.
 */
class ContainerAnswersIT {
    private static final Pattern PRODUCT = Pattern.compile("payara|glassfish|grizzly", Pattern.CASE_INSENSITIVE);
    private static RegistryProcess registry;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("answers-data-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        registry = RegistryProcess.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void traceIsRefusedAsAProblemAndNeverEchoed() throws IOException {
        for (String path : new String[] {"/", "/index.html", "/api/institutions", "/health"}) {
            Answer a = send("TRACE " + path
                    + " HTTP/1.1\r\nHost: localhost\r\nX-Echo-Marker: trace-echo-7f3a\r\nConnection: close\r\n\r\n");
            assertProblem(a, 405);
            assertFalse(a.body.contains("trace-echo-7f3a"), () -> "TRACE echoed the request: " + a);
            assertTrue(a.header("allow") != null, () -> "a 405 names the allowed methods: " + a);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/no-such-page.html",
                "/js/",
                "/img/none.png",
                "/favicon.ico",
                "/openapi/ui",
                "/asadmin",
                "/__asadmin",
                "/management",
                "/jolokia",
                "/.well-known/security.txt",
                "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF",
                "/error"
            })
    void unknownPathsOutsideTheApiAreProblems(String path) throws IOException {
        Answer a = get(path);
        assertProblem(a, 404);
        assertEquals("There is nothing at " + path, a.json().getString("detail"), a::toString);
    }

    @Test
    void theMetricsEndpointIsOff() throws IOException {
        for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application"}) {
            Answer a = get(path);
            assertTrue(a.status == 403 || a.status == 404, () -> path + " must not answer: " + a);
            assertProblem(a, a.status);
            assertFalse(
                    a.body.contains("# TYPE") || a.body.toLowerCase(Locale.ROOT).contains("heap"), a::toString);
        }
    }

    @Test
    void aMethodTheWebUiDoesNotAllowIsAProblem() throws IOException {
        Answer a = send("DELETE /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(a.status == 403 || a.status == 405, a::toString);
        assertProblem(a, a.status);
        Answer unknown = send("BREW /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(unknown.status >= 400 && unknown.status < 600, unknown::toString);
        assertProblem(unknown, unknown.status);
    }

    @Test
    void healthSaysNoMoreThanItsStatus() throws IOException {
        Answer a = get("/health");
        assertEquals(200, a.status, a::toString);
        assertSecurityHeaders(a);
        JsonObject health = a.json();
        assertEquals("UP", health.getString("status"));
        assertFalse(a.body.matches("(?s).*(version|java|jdbc:|/tmp|password).*"), a::toString);
    }

    @Test
    void theWebUiCarriesTheSecurityHeadersAndNoProductName() throws IOException {
        Answer a = get("/index.html");
        assertEquals(200, a.status, a::toString);
        assertSecurityHeaders(a);
    }

    /** Refused by the HTTP layer before any application sees them: nothing to render or sniff. */
    @Test
    void requestsTheHttpLayerRefusesHaveNoBody() throws IOException {
        assertBare(send("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertBare(send("GET /../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertBare(send("GET /x HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        byte[] prefix = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Bytes: ".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream nonAscii = new ByteArrayOutputStream();
        nonAscii.writeBytes(prefix);
        for (int b = 0x80; b <= 0xFF; b++) {
            nonAscii.write(b);
        }
        nonAscii.writeBytes("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Answer bytes = send(nonAscii.toByteArray());
        assertEquals(400, bytes.status, bytes::toString);
        assertBare(bytes);
        Answer longUrl =
                send("GET /" + "a".repeat(9 * 1024) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(longUrl.status == 400 || longUrl.status == 414, longUrl::toString);
        assertBare(longUrl);
    }

    /** The connector's redirect of a folder of the web UI to its name with a slash names nothing. */
    @Test
    void aFolderRedirectNamesNothing() throws IOException {
        Answer a = get("/css");
        assertEquals(301, a.status, a::toString);
        assertTrue(a.header("location").endsWith("/css/"), a::toString);
        assertNoProductName(a);
    }

    private static void assertProblem(Answer a, int status) {
        assertEquals(status, a.status, a::toString);
        assertSecurityHeaders(a);
        String type = a.header("content-type");
        assertTrue(type != null && type.startsWith("application/problem+json"), () -> "content type of " + a);
        JsonObject problem = a.json();
        assertEquals(status, problem.getInt("status"), a::toString);
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), a::toString);
        assertFalse(problem.getString("detail", "").isBlank(), a::toString);
    }

    private static void assertSecurityHeaders(Answer a) {
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, a.header("content-security-policy"), a::toString);
        assertEquals("nosniff", a.header("x-content-type-options"), a::toString);
        assertNoProductName(a);
    }

    private static void assertBare(Answer a) {
        assertTrue(a.status >= 200, () -> "no answer: " + a);
        assertNull(a.header("content-type"), a::toString);
        assertEquals("", a.body, a::toString);
        assertNoProductName(a);
    }

    private static void assertNoProductName(Answer a) {
        assertFalse(PRODUCT.matcher(a.raw).find(), () -> "the answer names the product: " + a);
        assertNull(a.header("server"), a::toString);
        assertNull(a.header("x-powered-by"), a::toString);
    }

    private static Answer get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static Answer send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", registry.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what arrived until then is the answer
            }
            return Answer.parse(out.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** An HTTP/1.1 answer as it came over the wire; header names in lower case. */
    record Answer(String raw, int status, Map<String, String> headers, String body) {
        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = lines[0].startsWith("HTTP/") && lines[0].length() >= 12
                    ? Integer.parseInt(lines[0].substring(9, 12))
                    : -1;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new Answer(
                    raw,
                    status,
                    headers,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String unchunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }

        String header(String name) {
            return headers.get(name);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return raw.length() > 2000 ? raw.substring(0, 2000) + "…" : raw;
        }
    }
}
