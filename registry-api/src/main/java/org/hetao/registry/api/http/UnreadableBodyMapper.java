package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not strict JSON of the expected shape: 400 with every fault found. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<UnreadableBodyException> {
    @Override
    public Response toResponse(UnreadableBodyException e) {
        return Problems.response(e.problem());
    }
}
