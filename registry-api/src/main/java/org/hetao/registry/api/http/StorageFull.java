package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.hetao.registry.storage.StorageFullException;

/**
 * A write that failed because a disk was full (recognised in its causes), or a database that
 * closed itself over one while free space is below the threshold: 503 storage-full with
 * Retry-After, as a write refused up front gets, and one log line every ten seconds at most.
 */
final class StorageFull {
    private static final Logger LOG = Logger.getLogger(StorageFull.class.getName());
    private static final LogSampler LINES = new LogSampler(Duration.ofSeconds(10), Clock.systemUTC());

    private StorageFull() {}

    static Response response(Throwable e) {
        long heldBack = LINES.admit();
        if (heldBack >= 0) {
            LOG.warning("A disk the registry writes to is full (" + Causes.root(e) + "); answered " + (heldBack + 1)
                    + " request(s) 503 " + StorageFullException.CODE + " since the last such line");
        }
        StorageFullException full = new StorageFullException();
        return Response.fromResponse(Problems.response(DomainExceptionMapper.problem(full)))
                .header("Retry-After", full.retryAfterSeconds())
                .build();
    }
}
