package org.hetao.registry.api.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AuthenticationException;
import org.hetao.registry.account.SignInFailedException;
import org.hetao.registry.account.TooManyAttemptsException;
import org.hetao.registry.catalogue.TooManyRequestsException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RequestTooLargeException;
import org.hetao.registry.common.RetryLater;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.common.UnavailableException;
import org.hetao.registry.project.ProjectCodeTakenException;
import org.hetao.registry.proposal.ProposalExpiredException;
import org.hetao.registry.transfer.imports.UploadTooLargeException;
import org.hetao.registry.visitor.ConfirmationLinkUsedException;

/** Business-rule failures to their HTTP status; refusals (401, 403) are also recorded in the audit trail. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Inject
    RefusalAudit refusals;

    @Override
    public Response toResponse(DomainException e) {
        if ((e instanceof AuthenticationException && !(e instanceof SignInFailedException))
                || e instanceof AccessDeniedException) {
            refusals.record(e.getMessage());
        }
        Response response = Problems.response(problem(e));
        if (e instanceof RetryLater later) {
            return Response.fromResponse(response)
                    .header("Retry-After", later.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    static Problem problem(DomainException e) {
        int status = status(e);
        Problem p = Problem.of(status, Problems.title(status), e.getMessage());
        if (e instanceof InvalidValueException invalid) {
            p = new Problem(
                    "about:blank",
                    "Invalid request",
                    status,
                    "The request has invalid values: " + invalid.getMessage(),
                    null,
                    invalid.errors(),
                    null);
        }
        p = p.withCode(e.code());
        if (e instanceof ProjectCodeTakenException taken && taken.visibleProject() != null) {
            p = p.withConflictsWith("/api/projects/" + taken.visibleProject());
        }
        return p;
    }

    /** The status of each kind of failure; a kind not listed (a new rule's failure) is a 400. */
    private static final Map<Class<? extends DomainException>, Integer> STATUS = Map.ofEntries(
            Map.entry(InvalidValueException.class, 400),
            Map.entry(NotFoundException.class, 404),
            Map.entry(ConflictException.class, 409),
            Map.entry(StaleVersionException.class, 412),
            Map.entry(AuthenticationException.class, 401),
            Map.entry(AccessDeniedException.class, 403),
            Map.entry(TooManyAttemptsException.class, 429),
            Map.entry(TooManyRequestsException.class, 429),
            Map.entry(UnavailableException.class, 503),
            Map.entry(UploadTooLargeException.class, 413),
            Map.entry(ProposalExpiredException.class, 410),
            Map.entry(ConfirmationLinkUsedException.class, 410),
            Map.entry(RequestTooLargeException.class, 413));

    static int status(DomainException e) {
        for (Class<?> c = e.getClass(); DomainException.class.isAssignableFrom(c); c = c.getSuperclass()) {
            Integer status = STATUS.get(c);
            if (status != null) {
                return status;
            }
        }
        return 400;
    }
}
