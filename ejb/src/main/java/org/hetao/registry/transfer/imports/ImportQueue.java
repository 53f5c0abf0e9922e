package org.hetao.registry.transfer.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs import jobs in the background on the server's managed executor. */
@ApplicationScoped
public class ImportQueue {
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ImportRunner runner;

    public void submit(long jobId) {
        executor.submit(() -> runner.run(jobId));
    }
}
