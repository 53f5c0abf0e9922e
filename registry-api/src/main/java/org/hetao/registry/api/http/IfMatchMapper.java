package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A weak or malformed If-Match: 412 or 400 with a stable code. */
@Provider
public class IfMatchMapper implements ExceptionMapper<IfMatchException> {
    @Override
    public Response toResponse(IfMatchException e) {
        return Problems.response(e.problem());
    }
}
