package org.hetao.registry.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.hetao.registry.config.RegistrySetting;

/** The address of the client behind a request, read through the trusted reverse proxies of {@code registry.auth.trusted.proxies}. */
@ApplicationScoped
public class ClientAddress {
    private volatile TrustedProxies proxies;

    public String of(HttpServletRequest request) {
        TrustedProxies p = proxies();
        if (p.isEmpty()) {
            return request.getRemoteAddr();
        }
        List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
        return p.client(request.getRemoteAddr(), forwarded);
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
