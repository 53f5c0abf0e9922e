package org.hetao.registry.transfer.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditAnchor;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.audit.RecordChanged;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.Stopping;
import org.hetao.registry.ownership.OwnershipChanged;
import org.hetao.registry.project.Project;
import org.hetao.registry.proposal.ProposalStep;

/**
 * Runs one import job: reads the stored file, validates every row and, if all are valid and it is
 * not a dry run, writes them, all in one transaction with the uploader's rights. A file with bad
 * rows is REJECTED, an unexpected failure FAILED; either way nothing is written.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final int TIMEOUT_SECONDS = 4 * 3600;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportFiles files;

    @Inject
    Event<RecordChanged> changed;

    @Inject
    Event<OwnershipChanged> ownershipChanged;

    @Inject
    Event<ProposalStep> proposalSteps;

    @Inject
    CallerContext callerContext;

    @EJB
    AuditAnchor anchor;

    @Inject
    AuditLog audit;

    /** Runs the job as its uploader: in a request context of its own, whose caller is the uploader. */
    @ActivateRequestContext
    public void run(long jobId) {
        if (!BackgroundWork.enter()) {
            return; // the process is stopping: the job stays queued and runs after the next start
        }
        try {
            runCounted(jobId);
        } finally {
            BackgroundWork.exit();
        }
    }

    private void runCounted(long jobId) {
        ImportJob job = jobs.start(jobId);
        try {
            ParsedUpload upload;
            try {
                upload = UploadReader.read(files.read(jobId), job.getFormat(), job.getKind());
            } catch (ImportFileException e) {
                reject(job, 0, List.of(e.toError()));
                return;
            }
            int total = upload.rows().size();
            jobs.progress(jobId, ImportState.VALIDATING, total, 0);
            Caller caller = job.caller();
            // what observers of the import's events record (agreements flagged out of date) is the uploader's doing
            callerContext.set(caller);
            AccessGuard guard = AccessGuard.forCaller(caller);
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            ImportPlan plan = new ImportValidator(em, guard, job.scope(), job.getOnDuplicate())
                    .validate(upload, done -> progress(jobId, ImportState.VALIDATING, total, done));
            if (!plan.valid()) {
                transaction.rollback();
                auditTakenCodes(job, caller, plan.takenCodes());
                reject(job, total, plan.errors());
                return;
            }
            if (job.getMode() == ImportMode.DRY_RUN) {
                transaction.rollback();
                finish(
                        job,
                        ImportState.SUCCEEDED,
                        "Dry run: every row is valid; nothing was written",
                        ImportReport.json(total, plan.counts(), List.of(), true, plan.steps()));
                return;
            }
            jobs.progress(jobId, ImportState.IMPORTING, total, 0);
            ImportCounts counts = new ImportWriter(
                            em,
                            anchor.chain(),
                            caller.username(),
                            caller.role().name(),
                            "import job " + jobId,
                            changed::fire,
                            ownershipChanged::fire)
                    .onProposal(proposalSteps::fire)
                    .proposalsExpireAfter(
                            Duration.ofDays(Math.max(1, RegistrySetting.OWNERSHIP_PROPOSAL_EXPIRY_DAYS.intValue())))
                    .write(plan, done -> progress(jobId, ImportState.IMPORTING, total, done));
            transaction.commit();
            finish(
                    job,
                    ImportState.SUCCEEDED,
                    "Imported " + total + " row(s)",
                    ImportReport.json(total, counts, List.of(), false, plan.steps()));
        } catch (ImportStopped e) {
            rollback();
            jobs.finish(jobId, ImportState.FAILED, ImportRecovery.interrupted(jobId), null);
            LOG.info(() -> "Import job " + jobId
                    + " stopped with the registry and was rolled back; nothing of it was written");
        } catch (Exception e) {
            rollback();
            LOG.log(Level.WARNING, "Import job " + jobId + " failed; nothing was written", e);
            jobs.finish(
                    jobId,
                    ImportState.FAILED,
                    "The import failed and wrote nothing (" + describe(e) + "); run it again with POST /api/imports/"
                            + jobId + "/retry",
                    null);
        }
    }

    /** Reports progress; the safe point at which a job stops when the process stops. */
    private void progress(long jobId, ImportState phase, int total, int done) {
        if (Stopping.now()) {
            throw new ImportStopped();
        }
        jobs.progress(jobId, phase, total, done);
    }

    /** The process is stopping: the job's transaction is rolled back. */
    private static final class ImportStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImportStopped() {
            super("the registry is stopping", null, false, false);
        }
    }

    /** Each row refused for a taken project code is audited, as the same refusal through the API is. */
    private void auditTakenCodes(ImportJob job, Caller caller, List<TakenCode> taken) {
        for (TakenCode t : taken) {
            audit.appendSeparately(new AuditEvent(
                    caller == null ? "system" : caller.username(),
                    caller == null ? null : caller.role().name(),
                    AuditAction.REFUSED,
                    Project.KIND,
                    t.projectId(),
                    null,
                    t.detail(job.getId())));
        }
    }

    private void reject(ImportJob job, int rows, List<RowError> errors) {
        finish(
                job,
                ImportState.REJECTED,
                errors.size() + " error(s): nothing was written",
                ImportReport.json(rows, null, errors, job.getMode() == ImportMode.DRY_RUN));
    }

    private void finish(ImportJob job, ImportState state, String message, String report) {
        jobs.finish(job.getId(), state, message, report);
        files.delete(job.getId());
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rolling back an import failed", e);
        }
    }
}
