package org.hetao.registry.api.auth;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.AuthenticationException;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;
import org.hetao.registry.account.TokenService;

/**
 * Authenticates the bearer token and checks the permission the matched operation declares.
 * Fails closed: an operation that declares nothing is refused.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;

    @Inject
    TokenService tokens;

    @Inject
    CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(Anonymous.class) || isGeneratedOptions(request, method)) {
            return;
        }
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null) {
            LOG.severe(() -> "Operation " + method + " declares no permission; refused");
            throw new AccessDeniedException("This operation declares no permission and is refused");
        }
        Caller caller = tokens.authenticate(bearerToken(request));
        callerContext.set(caller);
        AccessPolicy.check(caller, requires.value());
    }

    /**
     * JAX-RS answers {@code OPTIONS} itself for every resource (the allowed methods, no data); no
     * resource of the registry declares an OPTIONS operation of its own.
     */
    private static boolean isGeneratedOptions(ContainerRequestContext request, Method method) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && !method.isAnnotationPresent(OPTIONS.class)
                && !method.getDeclaringClass().getName().startsWith("org.hetao.registry.");
    }

    /** The token of an {@code Authorization: Bearer ...} header. */
    public static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw new AuthenticationException(
                    "Sign in first: send Authorization: Bearer <token> (POST /api/auth/token issues one)");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthenticationException("The Authorization header must be 'Bearer <token>'");
        }
        return header.substring(7).strip();
    }
}
