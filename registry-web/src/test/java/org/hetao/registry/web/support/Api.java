package org.hetao.registry.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP client for the registry's API, as an outside client sees it. Every exchange is checked
 * against the live OpenAPI document ({@link ApiContractCheck}).
 */
public final class Api {
    public static final String ADMIN_PASSWORD = "Harbour-Bridge-2026";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private String token;

    public Api(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    public Api(URI base) {
        this.base = base;
    }

    public Api as(String username, String password) {
        Api other = new Api(base);
        Reply r = other.post("api/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + r);
        }
        other.token = r.json().getString("token");
        return other;
    }

    public Api asAdmin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public Api withToken(String t) {
        Api other = new Api(base);
        other.token = t;
        return other;
    }

    public String token() {
        return token;
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Reply put(String path, String json, String ifMatch) {
        return send("PUT", path, json, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    /**
     * {@code ownershipBody} (of a PUT or a proposal) with an administrator's approvals on behalf of
     * {@code institutions} (which have no office account), each citing a signed document.
     */
    public static String onBehalf(String ownershipBody, java.util.Collection<Long> institutions) {
        jakarta.json.JsonArrayBuilder approvals = Json.createArrayBuilder();
        institutions.forEach(i -> approvals.add(
                Json.createObjectBuilder().add("institutionId", i).add("documentRef", "Signed consent of " + i)));
        JsonObject body = Json.createReader(new StringReader(ownershipBody)).readObject();
        return Json.createObjectBuilder(body)
                .add("approvals", approvals)
                .build()
                .toString();
    }

    /**
     * As an administrator, changes the asset's ownership with the approval of every required approver
     * recorded on its behalf (institutions a test creates have no office account): the owners of the
     * version in force on the change's date (before the first date, of the earliest version) and every
     * proposed owner. 200 when it took effect.
     */
    public Reply recordOwnership(long assetId, String ownershipBody, String ifMatch) {
        JsonObject body = Json.createReader(new StringReader(ownershipBody)).readObject();
        java.util.Set<Long> owners = new java.util.TreeSet<>();
        body.getJsonArray("shares")
                .forEach(s -> owners.add(
                        s.asJsonObject().getJsonNumber("institutionId").longValue()));
        Reply ownership = get("api/ip-assets/" + assetId + "/ownership");
        if (ownership.status() == 200
                && !ownership.json().getJsonArray("history").isEmpty()) {
            java.time.LocalDate date = java.time.LocalDate.parse(body.getString("effectiveFrom"));
            java.util.Comparator<JsonObject> byEffect = java.util.Comparator.<JsonObject, java.time.LocalDate>comparing(
                            v -> java.time.LocalDate.parse(v.getString("effectiveFrom")))
                    .thenComparingInt(v -> v.getInt("version"));
            java.util.List<JsonObject> history =
                    ownership.json().getJsonArray("history").getValuesAs(JsonObject.class);
            JsonObject replaced = history.stream()
                    .filter(v -> !java.time.LocalDate.parse(v.getString("effectiveFrom"))
                            .isAfter(date))
                    .max(byEffect)
                    .orElseGet(() -> history.stream().min(byEffect).orElseThrow());
            replaced.getJsonArray("shares")
                    .forEach(s -> owners.add(
                            s.asJsonObject().getJsonNumber("institutionId").longValue()));
        }
        return put("api/ip-assets/" + assetId + "/ownership", onBehalf(ownershipBody, owners), ifMatch);
    }

    public Reply delete(String path, String ifMatch) {
        return send("DELETE", path, null, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> sent = new java.util.LinkedHashMap<>(headers);
            if (token != null) {
                sent.put("Authorization", "Bearer " + token);
            }
            ApiContractCheck.check(
                    base, method, path, sent, body, r.statusCode(), r.headers().map(), r.body());
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET of a binary resource (a PDF): the body as bytes. */
    public Download download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary response: status, headers and the bytes of the body. */
    public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " (" + body.length + " bytes)"
                    + (header("Content-Type") != null && header("Content-Type").contains("json")
                            ? ": " + new String(body, java.nio.charset.StandardCharsets.UTF_8)
                            : "");
        }
    }

    /** A response: status, headers and body. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        public String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
