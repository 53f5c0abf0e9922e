package org.hetao.registry.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hetao.registry.api.http.Problem;
import org.hetao.registry.api.http.Problems;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.demo.DemoDataProgress;

/**
 * While the demo data set loads in the background ({@link DemoDataProgress}), answers every API
 * request 503 problem+json with {@code Retry-After} and the code {@code demo-data-loading}, without
 * reading or storing anything. The web UI's files, {@code /health} (which reports the progress) and
 * {@code /openapi} are served as always, so a browser shows the UI's loading page at once.
 */
public class DemoDataLoadingFilter extends HttpFilter {
    static final int RETRY_AFTER_SECONDS = 5;
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!DemoDataProgress.loading()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        byte[] body = JSON.toJson(Problem.of(
                                503,
                                Problems.title(503),
                                "The registry is loading its demo data set (" + DemoDataProgress.percent()
                                        + " % stored); nothing was read or stored. Send the request again in a few seconds")
                        .withCode(ErrorCode.DEMO_DATA_LOADING))
                .getBytes(StandardCharsets.UTF_8);
        SecurityHeadersFilter.addHeaders(response, path);
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
