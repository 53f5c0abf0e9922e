package org.hetao.registry.api.http;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hetao.registry.common.ErrorCode;

/** A request body that is not valid JSON or does not fit the expected shape: 400. */
@Provider
public class RequestBodyMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
        return unreadable(e);
    }

    /** 400, or 413 when the body was cut off at the size limit while it was read. */
    static Response unreadable(Throwable e) {
        var tooLarge = LimitedInputStream.cause(e);
        if (tooLarge != null) {
            return Problems.response(DomainExceptionMapper.problem(tooLarge));
        }
        return Problems.response(Problem.of(400, "Unreadable request body", describe(e)).withCode(ErrorCode.BODY_UNREADABLE));
    }

    /** A readable account of why a body could not be read, without internals. */
    static String describe(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t instanceof jakarta.json.stream.JsonParsingException || t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        String base = "The request body is not valid JSON of the expected shape";
        if (message == null) {
            return base + ".";
        }
        String clean = message.replaceAll("(?s)\\s+", " ");
        clean = clean.replaceAll("\\b(?:[a-z]+\\.)+([A-Z][A-Za-z]+)(?:\\$[A-Za-z]+)?", "$1");
        if (clean.length() > 300) {
            clean = clean.substring(0, 300) + "…";
        }
        return base + ": " + clean;
    }
}
