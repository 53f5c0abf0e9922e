package org.hetao.registry.api.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hetao.registry.common.ErrorCode;

/** JAX-RS's own failures (no such path, method not allowed, bad media type) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (LimitedInputStream.cause(e) != null || Causes.find(e, UnreadableBodyException.class) != null) {
            return RequestBodyMapper.unreadable(e);
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.incident(e);
        }
        String detail;
        ErrorCode code = Problem.codeOf(status);
        if (e instanceof NotFoundException) {
            detail = "There is nothing at " + (uriInfo == null ? "this address" : "/" + uriInfo.getPath());
        } else if (e instanceof NotAllowedException) {
            detail = "This method is not allowed here; allowed: "
                    + e.getResponse().getAllowedMethods();
        } else if (e instanceof NotSupportedException) {
            detail = "Send the request body as application/json";
        } else if (e.getCause() != null && status == 400) {
            detail = RequestBodyMapper.describe(e.getCause());
            code = ErrorCode.BODY_UNREADABLE;
        } else {
            detail = e.getMessage();
        }
        Response.ResponseBuilder b = Response.fromResponse(Problems.response(
                Problem.of(status, Problems.title(status), detail).withCode(code)));
        if (e instanceof NotAllowedException) {
            b.allow(e.getResponse().getAllowedMethods());
        }
        return b.build();
    }
}
