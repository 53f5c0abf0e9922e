package org.hetao.registry.api.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.access.Caller;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.audit.ChangeRecorder;

/**
 * Records a refused request. A signed-in caller's refusal (a permission it lacks) goes into the audit
 * trail; a request refused before anyone signed in only counts towards {@link AnonymousRefusals}, so
 * that an unauthenticated client cannot make the database write once per request.
 */
@RequestScoped
public class RefusalAudit {
    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    ChangeRecorder changes;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    AnonymousRefusals anonymous;

    @Inject
    ClientAddress clientAddress;

    public void record(String reason) {
        Caller caller = changes.caller();
        String what = servletRequest.getMethod() + " " + servletRequest.getRequestURI() + " from "
                + clientAddress.of(servletRequest) + ": " + reason;
        if (caller == null) {
            anonymous.record(what);
            return;
        }
        try {
            audit.appendSeparately(new AuditEvent(
                    caller.username(), caller.role().name(), AuditAction.REFUSED, null, null, null, what));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a refused request in the audit trail", e);
        }
    }
}
