package org.hetao.registry.api.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hetao.registry.account.AccessDeniedException;
import org.hetao.registry.account.AuthenticationException;
import org.hetao.registry.account.SignInFailedException;
import org.hetao.registry.account.TooManyAttemptsException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.common.UnavailableException;
import org.hetao.registry.imports.UploadTooLargeException;

/** Business-rule failures to their HTTP status; refusals (401, 403) are also recorded in the audit trail. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Inject
    RefusalAudit refusals;

    @Override
    public Response toResponse(DomainException e) {
        if ((e instanceof AuthenticationException && !(e instanceof SignInFailedException)) || e instanceof AccessDeniedException) {
            refusals.record(e.getMessage());
        }
        Response response = Problems.response(problem(e));
        if (e instanceof TooManyAttemptsException tooMany) {
            return Response.fromResponse(response).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return response;
    }

    static Problem problem(DomainException e) {
        int status = status(e);
        Problem p = Problem.of(status, Problems.title(status), e.getMessage());
        if (e instanceof InvalidValueException invalid) {
            p = new Problem("about:blank", "Invalid request", status,
                    "The request has invalid values: " + invalid.getMessage(), null, invalid.errors(), null);
        }
        return p;
    }

    static int status(DomainException e) {
        if (e instanceof InvalidValueException) {
            return 400;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof StaleVersionException) {
            return 412;
        }
        if (e instanceof AuthenticationException) {
            return 401;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof TooManyAttemptsException) {
            return 429;
        }
        if (e instanceof UnavailableException) {
            return 503;
        }
        if (e instanceof UploadTooLargeException) {
            return 413;
        }
        return 400;
    }
}
