package org.hetao.registry.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.hetao.registry.common.RegistrySetting;

/** The address of the client behind a request, read through the trusted reverse proxies of {@code registry.auth.trusted.proxies}. */
@ApplicationScoped
public class ClientAddress {
    private volatile TrustedProxies proxies;

    /** Reads the list when the application starts, so that a mistake in it stops the start rather than a sign-in. */
    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        proxies();
    }

    public String of(HttpServletRequest request) {
        TrustedProxies p = proxies();
        if (p.isEmpty()) {
            return request.getRemoteAddr();
        }
        return p.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    private TrustedProxies proxies() {
        TrustedProxies p = proxies;
        if (p == null) {
            p = TrustedProxies.parse(RegistrySetting.TRUSTED_PROXIES.value());
            proxies = p;
        }
        return p;
    }
}
