package org.hetao.registry.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Appends to the audit trail, in the caller's transaction or, for refusals and failed sign-ins, in one of its own. */
@Stateless
public class AuditLog {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @EJB
    private AuditAnchor anchor;

    /** Appends within the current transaction: the record commits or rolls back with the write it describes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void append(AuditEvent event) {
        anchor.chain().append(em, event);
    }

    /** Appends in a transaction of its own, for events whose request fails and rolls back (a refusal, a wrong password). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendSeparately(AuditEvent event) {
        append(event);
    }
}
