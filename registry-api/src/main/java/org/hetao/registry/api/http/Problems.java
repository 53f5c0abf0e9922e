package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the only place that turns a failure into an HTTP status. */
public final class Problems {
    private Problems() {}

    public static Response response(Problem problem) {
        Response.ResponseBuilder b =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            b.header("WWW-Authenticate", "Bearer realm=\"hetao-registry\"");
        }
        return b.build();
    }

    public static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        if (s != null) {
            return s.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
