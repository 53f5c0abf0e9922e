package org.hetao.registry.transfer.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hetao.registry.access.Caller;
import org.hetao.registry.common.NotFoundException;

/**
 * Stores import jobs. A job's state and progress change in transactions of their own, so that they
 * are visible while the import itself runs in its one long transaction.
 */
@Stateless
public class ImportJobs {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public ImportJob add(ImportJob job) {
        em.persist(job);
        em.flush();
        return job;
    }

    /** The job, if the caller started it or is an administrator; otherwise "not found". */
    public ImportJob visible(long id, Caller caller) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || !job.visibleTo(caller)) {
            throw new NotFoundException(ImportJob.KIND, id);
        }
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob start(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        job.start();
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, ImportState phase, int total, int done) {
        em.find(ImportJob.class, id).progress(phase, total, done);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, ImportState end, String message, String report) {
        em.find(ImportJob.class, id).finish(end, message, report);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void requeue(long id) {
        em.find(ImportJob.class, id).requeue();
    }

    /** Jobs in one of these states, oldest first. */
    public List<ImportJob> inState(List<ImportState> states) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.state IN :s ORDER BY j.id", ImportJob.class)
                .setParameter("s", states)
                .getResultList();
    }
}
