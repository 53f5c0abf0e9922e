package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An update without If-Match: 428. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {
    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.response(Problem.of(428, Problems.title(428), e.getMessage()));
    }
}
