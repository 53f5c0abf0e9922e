package org.hetao.registry.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

/** Appends to the audit trail, in the caller's transaction or, for refusals and failed sign-ins, in one of its own. */
@Stateless
public class AuditLog {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @EJB
    private AuditAnchor anchor;

    /** Outside the container: the chain, and where a transaction of its own comes from. */
    private AuditChain chain;

    private EntityManagerFactory separate;

    /** For the container. */
    public AuditLog() {}

    /**
     * An audit log outside the container (plain tests over a test database): appends to {@code chain}
     * in {@code em}'s transaction, or in a transaction of its own from {@code separate}.
     */
    public AuditLog(EntityManager em, AuditChain chain, EntityManagerFactory separate) {
        this.em = em;
        this.chain = chain;
        this.separate = separate;
    }

    /** Appends within the current transaction: the record commits or rolls back with the write it describes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void append(AuditEvent event) {
        chain().append(em, event);
    }

    /** Appends in a transaction of its own, for events whose request fails and rolls back (a refusal, a wrong password). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendSeparately(AuditEvent event) {
        if (separate == null) {
            append(event);
            return;
        }
        EntityManager own = separate.createEntityManager();
        try {
            own.getTransaction().begin();
            chain().append(own, event);
            own.getTransaction().commit();
        } finally {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            own.close();
        }
    }

    private AuditChain chain() {
        return chain != null ? chain : anchor.chain();
    }
}
