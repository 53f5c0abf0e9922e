package org.hetao.registry.transfer.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, a job found VALIDATING or IMPORTING was cut off by a crash or kill: its one
 * transaction never committed, so nothing of it was written. It is marked FAILED and can be run
 * again; jobs still QUEUED are queued again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ImportRecovery {
    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportJobs jobs;

    @Inject
    ImportQueue queue;

    /** What a job cut off by a stop or a crash reports. */
    static String interrupted(long jobId) {
        return "The registry stopped while this import ran; nothing of it was written. Run it again with POST /api/imports/"
                + jobId + "/retry";
    }

    @PostConstruct
    void recover() {
        for (ImportJob job : jobs.inState(List.of(ImportState.VALIDATING, ImportState.IMPORTING))) {
            jobs.finish(job.getId(), ImportState.FAILED, interrupted(job.getId()), null);
            LOG.warning(() -> "Import job " + job.getId()
                    + " was interrupted by a restart and is marked FAILED; nothing of it was written");
        }
        jobs.inState(List.of(ImportState.QUEUED)).forEach(job -> queue.submit(job.getId()));
    }
}
