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
import org.hetao.registry.config.Stopping;

/**
 * The first filter of every request (declared first in {@code web.xml}): counts it in flight while
 * it runs ({@link Requests}) and, once the process is stopping, answers it 503 problem+json with
 * {@code Retry-After} and the code {@code stopping} instead of starting it. The count is raised before
 * the flag is read, so a request the launcher does not wait for is never started.
 */
public class StoppingFilter extends HttpFilter {
    static final String CODE = ErrorCode.STOPPING.code();
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final byte[] BODY = JSON.toJson(Problem.of(
                            503,
                            Problems.title(503),
                            "The registry is stopping; nothing was read or stored. Send the request again in a few seconds")
                    .withCode(CODE))
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Requests.IN_FLIGHT.incrementAndGet();
        try {
            if (Stopping.now()) {
                refuse(request, response);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            Requests.IN_FLIGHT.decrementAndGet();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.addHeaders(
                response,
                request.getRequestURI().substring(request.getContextPath().length()));
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(BODY.length);
        try {
            response.getOutputStream().write(BODY);
        } catch (IOException closed) {
            // the listener closed under this refusal (the stop has gone on): the client sees a closed connection and
            // retries
        }
    }
}
