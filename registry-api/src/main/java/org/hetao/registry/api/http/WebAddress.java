package org.hetao.registry.api.http;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.hetao.registry.common.RegistrySetting;

/**
 * The web UI's address, for links that leave the registry (e-mails, feeds, exports):
 * {@code registry.public.url} when set — it should be, behind a reverse proxy, so that no request's
 * Host header decides where a mailed secret points — else the address of the request, one level
 * above the API. Always ends with a slash.
 */
public final class WebAddress {
    private WebAddress() {}

    public static String of(UriInfo uri) {
        return root(uri.getBaseUri(), RegistrySetting.PUBLIC_URL.optional().orElse(null));
    }

    /** The address from the API's base ({@code https://host/api/}) unless {@code configured} is given. */
    public static String root(URI apiBase, String configured) {
        String base = configured != null && !configured.isBlank()
                ? configured.strip()
                : apiBase.resolve("../").toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
