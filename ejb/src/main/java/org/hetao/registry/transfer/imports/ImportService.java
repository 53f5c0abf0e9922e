package org.hetao.registry.transfer.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.common.ConflictException;

/**
 * Accepts uploads as import jobs, shows them to the account that started them (and to
 * administrators) and runs failed ones again. The rows are checked when the job runs, with the
 * uploader's rights, row by row.
 */
@Stateless
public class ImportService {
    @Inject
    ImportJobs jobs;

    @Inject
    ImportFiles files;

    @Inject
    ImportQueue queue;

    @Inject
    AccessGuard access;

    /** The most bytes one upload may hold. */
    public long limit() {
        return files.limit();
    }

    /** Stores the upload and queues its job; the job is committed before it can start. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob submit(ImportRequest request, long declaredLength, InputStream body) {
        if (declaredLength > files.limit()) {
            throw new UploadTooLargeException(files.limit());
        }
        Caller caller = access.caller();
        StoredUpload upload = files.receive(body);
        ImportJob job;
        try {
            job = jobs.add(new ImportJob(request, caller, upload));
            files.keep(upload, job.getId());
        } catch (RuntimeException e) {
            files.discard(upload);
            throw e;
        }
        queue.submit(job.getId());
        return job;
    }

    public ImportJob get(long id) {
        return jobs.visible(id, access.caller());
    }

    /** Runs a FAILED job again from its stored file. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob retry(long id) {
        ImportJob job = jobs.visible(id, access.caller());
        if (job.getState() != ImportState.FAILED) {
            throw new ConflictException(
                    "Import job " + id + " is " + job.getState() + "; only a FAILED job can be run again");
        }
        if (!files.exists(id)) {
            throw new ConflictException("The file of import job " + id + " is no longer stored; upload it again");
        }
        jobs.requeue(id);
        queue.submit(id);
        return jobs.visible(id, access.caller());
    }
}
