package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.indexing.IndexUnavailableException;

/** A search index that could not be opened: 503, the rest of the API keeps working. */
@Provider
public class IndexUnavailableMapper implements ExceptionMapper<IndexUnavailableException> {
    @Override
    public Response toResponse(IndexUnavailableException e) {
        return Problems.response(
                Problem.of(503, Problems.title(503), e.getMessage()).withCode(ErrorCode.SEARCH_UNAVAILABLE));
    }
}
