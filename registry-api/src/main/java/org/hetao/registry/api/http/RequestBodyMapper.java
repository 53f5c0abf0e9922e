package org.hetao.registry.api.http;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/** A request body that is not valid JSON or does not fit the expected shape: 400. */
@Provider
public class RequestBodyMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
        return unreadable(e);
    }

    /** 400 naming what could not be read, or 413 when the body was cut off at the size limit while it was read. */
    static Response unreadable(Throwable e) {
        var tooLarge = LimitedInputStream.cause(e);
        if (tooLarge != null) {
            return Problems.response(DomainExceptionMapper.problem(tooLarge));
        }
        UnreadableBodyException strict = Causes.find(e, UnreadableBodyException.class);
        if (strict != null) {
            return Problems.response(strict.problem());
        }
        return Problems.response(Problem.of(400, "Unreadable request body", describe(e))
                .withCode(ErrorCode.BODY_UNREADABLE)
                .withErrors(
                        List.of(new FieldError("body", ErrorCode.JSON_SYNTAX, "is not JSON of the expected shape"))));
    }

    /**
     * A plain account of why a body could not be read: where the JSON went wrong when that is known,
     * never the binding's own words (they name Java classes a client knows nothing of).
     */
    static String describe(Throwable e) {
        String base = "The request body is not valid JSON of the expected shape";
        JsonParsingException parsing = Causes.find(e, JsonParsingException.class);
        if (parsing != null
                && parsing.getLocation() != null
                && parsing.getLocation().getLineNumber() > 0) {
            return base + ": unexpected content at line "
                    + parsing.getLocation().getLineNumber() + ", column "
                    + parsing.getLocation().getColumnNumber() + ".";
        }
        return base + ".";
    }
}
