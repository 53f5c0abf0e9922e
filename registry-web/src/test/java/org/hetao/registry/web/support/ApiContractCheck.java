package org.hetao.registry.web.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks each exchange of the tests' {@link Api} client against the registry's live OpenAPI document
 * ({@code /openapi}), with Atlassian's swagger-request-validator (docs/decisions/0012): a response
 * whose status, headers or body the document does not describe fails the test; a request is checked
 * when the server accepted it (2xx), so that tests may still send hostile input on purpose. Only the
 * API ({@code /api/…}) is checked. {@code -Dregistry.test.contract=false} turns the check off.
 */
public final class ApiContractCheck {
    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final boolean ON = !"false".equals(System.getProperty("registry.test.contract"));

    private ApiContractCheck() {}

    /**
     * The live document of the registry at {@code base} (served at the server's root), as JSON, as
     * integrators fetch it (the registry's filter removes what Payara Micro would add: docs/decisions/0012).
     */
    public static String document(URI base) {
        return served(base);
    }

    /** The document exactly as the registry at {@code base} serves it. */
    public static String served(URI base) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("/openapi?format=JSON"))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(120))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void check(
            URI base,
            String method,
            String path,
            Map<String, String> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {
        if (!ON || !path.startsWith("api/") || method.equals("OPTIONS")) {
            return; // OPTIONS is the container's answer for every address, not an operation of the document
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(
                base,
                b -> OpenApiInteractionValidator.createForInlineApiSpecification(document(b))
                        .build());
        int query = path.indexOf('?');
        String plain = "/" + (query < 0 ? path : path.substring(0, query));
        Request.Method m = Request.Method.valueOf(method);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        responseHeaders.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        ValidationReport report = validator.validateResponse(plain, m, response.build());
        if (status >= 200 && status < 300) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(m, plain);
            requestHeaders.forEach(request::withHeader);
            if (requestBody != null) {
                request.withBody(requestBody);
                if (requestHeaders.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                    request.withContentType("application/json");
                }
            }
            if (query >= 0) {
                for (String pair : path.substring(query + 1).split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    if (value.isEmpty()) {
                        continue; // a blank parameter is absent to the server, as the document says (allowEmptyValue)
                    }
                    request.withQueryParam(name, value);
                }
            }
            report = report.merge(validator.validateRequest(request.build()));
        }
        // a body sent to an operation that reads none (a generic probe sends {} to every POST) is ignored
        report = ValidationReport.from(report.getMessages().stream()
                .filter(msg -> !msg.getKey().equals("validation.request.body.unexpected"))
                .toList());
        if (status >= 400) {
            // an address or method the API does not have: the 404 or 405 is the answer to check, and it was
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(msg -> !msg.getKey().endsWith("path.missing")
                            && !msg.getKey().endsWith("operation.notAllowed"))
                    .toList());
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + method + " /" + path + " → " + status
                    + " does not match the OpenAPI document:\n"
                    + report.getMessages().stream()
                            .filter(msg -> msg.getLevel() == ValidationReport.Level.ERROR)
                            .map(msg -> "  " + msg.getKey() + ": " + msg.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nresponse body: "
                    + (responseBody == null ? "" : responseBody.substring(0, Math.min(responseBody.length(), 2000))));
        }
    }
}
