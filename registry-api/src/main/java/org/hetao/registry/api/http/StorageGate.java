package org.hetao.registry.api.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.hetao.registry.storage.StorageSpace;

/**
 * Refuses every request that writes (POST, PUT, PATCH, DELETE; sign-in too, which records itself in
 * the audit trail) while a disk the registry writes to is below the free-space threshold, before
 * its body is read or anything is stored: 503 storage-full with Retry-After. Reads go on. Runs
 * after authentication, so a caller without a valid token still gets its 401.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class StorageGate implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    StorageSpace storage;

    @Override
    public void filter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod())) {
            storage.requireRoomToWrite();
        }
    }
}
