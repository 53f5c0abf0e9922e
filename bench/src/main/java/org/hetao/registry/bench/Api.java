package org.hetao.registry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.project.FundingDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ProjectDetails;

/** A small client of the registry's API for loading the corpus: sign in, create institutions and projects. */
public final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private String token;

    public Api(URI base) {
        this.base = base;
    }

    public String signIn() throws Exception {
        HttpResponse<String> r = post(
                "api/auth/token", "{\"username\":\"admin\",\"password\":\"" + RegistryProcess.ADMIN_PASSWORD + "\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        token = m.group(1);
        return token;
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    /** Creates a record and returns its id; fails on anything but 201. */
    public long create(String path, String json) throws Exception {
        HttpResponse<String> r = post(path, json);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** A project as the API takes it; participants' institution numbers become stored ids through {@code ids}. */
    public static String projectJson(ProjectDetails d, Map<Long, Long> ids) {
        StringBuilder b = new StringBuilder("{\"code\":")
                .append(q(d.code()))
                .append(",\"title\":")
                .append(text(d.title()))
                .append(",\"abstract\":")
                .append(text(d.abstractText()))
                .append(",\"keywords\":")
                .append(strings(d.keywords()))
                .append(",\"sectors\":")
                .append(strings(d.sectors().stream().map(Enum::name).toList()))
                .append(",\"site\":")
                .append(q(d.site().name()))
                .append(",\"status\":")
                .append(q(d.status().name()))
                .append(",\"startDate\":")
                .append(q(d.startDate().toString()))
                .append(",\"endDate\":")
                .append(d.endDate() == null ? "null" : q(d.endDate().toString()))
                .append(",\"confidentiality\":")
                .append(q(d.confidentiality().name()))
                .append(",\"participants\":[");
        List<ParticipantDetails> ps = d.participants();
        for (int i = 0; i < ps.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"institutionId\":")
                    .append(ids.get(ps.get(i).institutionId()))
                    .append(",\"role\":")
                    .append(q(ps.get(i).role().name()))
                    .append('}');
        }
        b.append("],\"funding\":[");
        for (int i = 0; i < d.funding().size(); i++) {
            FundingDetails f = d.funding().get(i);
            b.append(i == 0 ? "" : ",")
                    .append("{\"funder\":")
                    .append(q(f.funder()))
                    .append(",\"programme\":")
                    .append(q(f.programme()))
                    .append(",\"awardId\":")
                    .append(q(f.awardId()))
                    .append(",\"amount\":")
                    .append(f.amount().toPlainString())
                    .append(",\"currency\":")
                    .append(q(f.currency()))
                    .append('}');
        }
        return b.append("]}").toString();
    }

    public static String text(LocalizedText t) {
        return t == null
                ? "null"
                : "{\"en\":" + q(t.en()) + ",\"zhHant\":" + q(t.zhHant()) + ",\"zhHans\":" + q(t.zhHans()) + "}";
    }

    static String strings(List<String> s) {
        return "[" + String.join(",", s.stream().map(Api::q).toList()) + "]";
    }

    public static String q(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
