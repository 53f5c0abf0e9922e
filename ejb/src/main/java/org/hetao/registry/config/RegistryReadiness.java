package org.hetao.registry.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class RegistryReadiness implements HealthCheck {
    @Inject
    SchemaMigrator migrator;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migrator.isMigrated();
        boolean reachable = false;
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
        } catch (Exception e) {
            reachable = false;
        }
        return HealthCheckResponse.named("registry-database")
                .status(migrated && reachable)
                .withData("schemaMigrated", migrated)
                .withData("databaseReachable", reachable)
                .build();
    }
}
