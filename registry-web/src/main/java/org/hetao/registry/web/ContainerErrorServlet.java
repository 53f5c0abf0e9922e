package org.hetao.registry.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.api.http.Problem;
import org.hetao.registry.api.http.Problems;

/**
 * The application's error page (declared in {@code web.xml}): errors that the servlet container
 * decides rather than a JAX-RS resource (an unknown file of the web UI, a method a static file
 * does not allow, a server servlet that refuses) are answered as RFC 9457 problem+json with the
 * security headers, never as the server's HTML page that names the product. The container's own
 * message is not repeated. Requested directly, {@code /error} is a path like any unknown one.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {
    static final String PATH = "/error";
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
                ? u
                : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        Problem problem = problem(status, path, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (response.isCommitted()) {
            return;
        }
        SecurityHeadersFilter.addHeaders(response, path);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        String body = JSON.toJson(problem);
        response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body);
        }
    }

    static Problem problem(int status, String path, Throwable failure) {
        String title = Problems.title(status);
        return switch (status) {
            case 400 -> Problem.of(status, title, "The request is malformed");
            case 403 -> Problem.of(status, title, "This is not available");
            case 404 -> Problem.of(status, title, "There is nothing at " + path);
            case 405 -> Problem.of(status, title, "This method is not allowed here");
            case 500 -> incident(failure);
            default -> Problem.of(status, title, status >= 500 ? "The server could not answer this request" : title);
        };
    }

    private static Problem incident(Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + id, failure);
        return Problem.of(
                        500,
                        Problems.title(500),
                        "An unexpected error occurred; quote incident " + id + " when reporting it")
                .withIncident(id);
    }
}
