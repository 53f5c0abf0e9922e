package org.hetao.registry.api.visitor;

import jakarta.ws.rs.core.UriInfo;
import org.hetao.registry.config.RegistrySetting;

/**
 * The registry's address for links in e-mails: {@code registry.public.url} when set — it should be,
 * behind a reverse proxy, so that no request's Host header decides where a mailed secret points —
 * else the address of the request, one level above the API.
 */
final class PublicLinks {
    private PublicLinks() {
    }

    static String base(UriInfo uri) {
        String configured = RegistrySetting.PUBLIC_URL.optional().map(String::strip).orElse(null);
        String base = configured != null ? configured : uri.getBaseUri().resolve("../").toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
