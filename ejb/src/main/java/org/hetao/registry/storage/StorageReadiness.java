package org.hetao.registry.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a disk the registry writes to has less free space than the threshold: writes are
 * refused then. Shows the threshold and the free MB of each directory by what it holds ({@code
 * dataFreeMb}, {@code indexFreeMb}, {@code auditFreeMb}, {@code databaseFreeMb}), not its path.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {
    private static final long MB = 1024L * 1024L;

    @Inject
    StorageSpace space;

    @Override
    public HealthCheckResponse call() {
        FreeSpace.Reading reading = space.reading();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("registry-storage")
                .status(!reading.low())
                .withData("minFreeMb", reading.thresholdBytes() / MB)
                .withData("leastFreeMb", reading.leastFreeBytes() < 0 ? -1 : reading.leastFreeBytes() / MB);
        for (FreeSpace.Store store : reading.stores()) {
            b = b.withData(store.name() + "FreeMb", store.freeBytes() < 0 ? -1 : store.freeBytes() / MB);
        }
        return b.build();
    }
}
