package org.hetao.registry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application (the web UI and the API): a
 * Content-Security-Policy that allows scripts, styles and images from this origin only (no inline
 * script or style, no plug-ins, no framing), no MIME sniffing, and no referrer to other sites.
 * The UI's pages and scripts are revalidated on each load so a new release is picked up at once.
 *
 * <p>TRACE is refused here, for every path, before any servlet could echo the request back
 * (the connector lets it through so that its refusal carries these headers, see the launcher's
 * pre-boot commands); {@link ContainerErrorServlet} writes the 405.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addHeaders(
                response,
                request.getRequestURI().substring(request.getContextPath().length()));
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", ALLOWED_METHODS);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The headers every answer carries; {@code path} is relative to the application. */
    static void addHeaders(HttpServletResponse response, String path) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-cache");
        }
    }
}
