package org.hetao.registry.api.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.account.Caller;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.audit.ChangeRecorder;

/** Records a refused request (no or bad token, or a missing permission) in the audit trail. */
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
    ClientAddress clientAddress;

    public void record(String reason) {
        Caller caller = changes.caller();
        String what = servletRequest.getMethod() + " " + servletRequest.getRequestURI() + " from " + clientAddress.of(servletRequest) + ": " + reason;
        try {
            audit.appendSeparately(new AuditEvent(caller == null ? "anonymous" : caller.username(),
                    caller == null ? null : caller.role().name(), AuditAction.REFUSED, null, null, null, what));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a refused request in the audit trail", e);
        }
    }
}
