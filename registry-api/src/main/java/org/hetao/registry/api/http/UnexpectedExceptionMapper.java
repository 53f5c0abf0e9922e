package org.hetao.registry.api.http;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.common.DomainException;
import org.hetao.registry.storage.DiskFull;
import org.hetao.registry.storage.StorageSpace;

/**
 * Everything else. Known causes wrapped by the container (a lost optimistic-lock race, a database
 * constraint) get their 4xx; a full disk and an unreachable database their 503; anything truly unexpected is logged once with an incident id and
 * answered 500 with that id and no internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    StorageSpace storage;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof DomainException d) {
            return Problems.response(DomainExceptionMapper.problem(d));
        }
        if (LimitedInputStream.cause(e) != null) {
            return RequestBodyMapper.unreadable(e);
        }
        if (cause instanceof ConstraintViolationException cv) {
            return new ConstraintViolationMapper().toResponse(cv);
        }
        if (cause instanceof WebApplicationException w) {
            return new WebApplicationExceptionMapper().toResponse(w);
        }
        if (DiskFull.isCause(e)
                || ((DatabaseOutage.isCause(e) || isFailedCommit(e)) && storage != null && storage.lowNow())) {
            // a write the disk could not take, or the database that closed itself over it: nothing was stored
            return StorageFull.response(e);
        }
        if (DatabaseOutage.isCause(e)) {
            DatabaseOutage.log(e);
            return DatabaseOutage.response();
        }
        if (isOptimisticLock(e)) {
            return Problems.response(Problem.of(
                    412,
                    Problems.title(412),
                    "Someone else changed this record at the same time; read it again and reapply your change"));
        }
        String sqlState = sqlState(e);
        if (sqlState != null && sqlState.startsWith("23")) {
            return Problems.response(Problem.of(
                    409,
                    Problems.title(409),
                    "The change conflicts with existing data (a duplicate value or a record still referenced)"));
        }
        return incident(e);
    }

    static Response incident(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + id, e);
        return Problems.response(Problem.of(
                        500,
                        Problems.title(500),
                        "An unexpected error occurred; quote incident " + id + " when reporting it")
                .withIncident(id));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException
                        || t instanceof jakarta.transaction.RollbackException
                        || t instanceof jakarta.ejb.EJBTransactionRolledbackException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The transaction manager could not commit (it may keep only the message of the database's failure). */
    private static boolean isFailedCommit(Throwable e) {
        return Causes.of(e).stream()
                .anyMatch(t -> t instanceof jakarta.transaction.SystemException
                        || t instanceof javax.transaction.xa.XAException);
    }

    private static boolean isOptimisticLock(Throwable e) {
        return Causes.of(e).stream()
                .anyMatch(t -> t instanceof OptimisticLockException
                        || t.getClass().getName().endsWith("OptimisticLockException"));
    }

    private static String sqlState(Throwable e) {
        return Causes.of(e).stream()
                .filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(t -> ((SQLException) t).getSQLState())
                .findFirst()
                .orElse(null);
    }
}
