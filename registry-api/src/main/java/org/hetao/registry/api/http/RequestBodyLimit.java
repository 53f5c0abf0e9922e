package org.hetao.registry.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.RequestTooLargeException;

/**
 * Refuses a request body above {@code registry.request.max.bytes} before anything reads it, before
 * sign-in even: a declared length over the limit is refused at once, and a body sent without a length
 * is cut off where it passes the limit. Import uploads are files with a limit of their own, which the
 * import enforces while it stores them; an agreement's signed copy has its own limit
 * ({@code registry.signed.copy.max.bytes}), enforced here in the same way.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestBodyLimit implements ContainerRequestFilter {
    /** Read once: the filter runs on every request. */
    private final long limit =
            Long.parseLong(RegistrySetting.REQUEST_MAX_BYTES.value().strip());

    private final long signedCopyLimit =
            Long.parseLong(RegistrySetting.SIGNED_COPY_MAX_BYTES.value().strip());

    @Override
    public void filter(ContainerRequestContext request) {
        if (isImportUpload(request)) {
            return;
        }
        long limit = isSignedCopyUpload(request) ? signedCopyLimit : this.limit;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = Long.MAX_VALUE;
            }
            if (length > limit) {
                throw new RequestTooLargeException(limit);
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    /** The signed copy of an agreement is a PDF with a limit of its own. */
    private static boolean isSignedCopyUpload(ContainerRequestContext request) {
        return "PUT".equals(request.getMethod())
                && request.getUriInfo().getPath().matches("/?agreements/\\d+/signed-copy/?");
    }

    private static boolean isImportUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return "POST".equals(request.getMethod()) && (trimmed.equals("imports") || trimmed.equals("imports/"));
    }
}
