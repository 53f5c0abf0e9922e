package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A malformed query or header parameter: 400 naming it, as any other invalid value. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {
    @Override
    public Response toResponse(InvalidParameterException e) {
        return Problems.response(DomainExceptionMapper.problem(e.invalid()));
    }
}
