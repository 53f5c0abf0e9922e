package org.hetao.registry.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Answers on the registry's HTTP port while Payara Micro boots and deploys the registry (its own
 * HTTP listener stays off until then, see the pre-boot commands): every request 503
 * {@code application/problem+json} with {@code Retry-After} and the code {@value #CODE}, except the
 * health endpoints, which answer as MicroProfile Health does: live 200, ready (and the whole) 503.
 * A browser that asks for the web UI's page gets instead a short page that says the registry is
 * starting and reloads itself. Without this the port would answer Payara's own HTML 404 for the
 * seconds the deployment takes.
 */
final class StartupResponder implements AutoCloseable {
    static final String CODE = "starting";
    static final int RETRY_AFTER_SECONDS = 5;
    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The registry is starting; send the request again in a few seconds\",\"code\":\"" + CODE
            + "\"}";
    static final String LIVE = "{\"status\":\"UP\",\"checks\":[]}";
    static final String NOT_READY =
            "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"registry-starting\",\"status\":\"DOWN\"}]}";
    /** For a browser that asks for a page: it says what is going on and loads itself again until the registry answers. */
    static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS
            + "\"><title>Hetao Registry \u2014 starting</title></head>"
            + "<body><h1>Hetao Registry</h1><p role=\"status\">The registry is starting. This page opens by itself when it is "
            + "ready.</p><p lang=\"zh-Hant\">登記冊正在啟動，準備好後此頁會自動打開。</p>"
            + "<p lang=\"zh-Hans\">登记册正在启动，准备好后此页会自动打开。</p></body></html>";

    private final HttpServer server;
    private final ExecutorService threads;

    private StartupResponder(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens on {@code port} (every interface, as Payara's listener does) until closed. */
    static StartupResponder open(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 50);
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "registry-startup-responder");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", StartupResponder::answer);
        server.start();
        return new StartupResponder(server, threads);
    }

    /** What the port answers for {@code path} while the registry starts: status and body. */
    static Answer answerFor(String path) {
        return answerFor(path, null);
    }

    /**
     * What the port answers for {@code path} and the request's {@code Accept} header: a browser asking
     * for a page of the web UI gets a page that reloads itself, every other client the problem.
     */
    static Answer answerFor(String path, String accept) {
        return switch (path) {
            case "/health/live" -> new Answer(200, "application/json", LIVE);
            case "/health", "/health/", "/health/ready", "/health/started" ->
                new Answer(503, "application/json", NOT_READY);
            case "/", "/index.html" ->
                accept != null && accept.contains("text/html")
                        ? new Answer(503, "text/html; charset=utf-8", PAGE)
                        : new Answer(503, "application/problem+json", PROBLEM);
            default -> new Answer(503, "application/problem+json", PROBLEM);
        };
    }

    record Answer(int status, String contentType, String body) {}

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            Answer a = answerFor(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Accept"));
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            if (a.status() == 503) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            }
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            exchange.sendResponseHeaders(a.status(), head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** Frees the port at once; an answer being written is cut short, the client retries. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
