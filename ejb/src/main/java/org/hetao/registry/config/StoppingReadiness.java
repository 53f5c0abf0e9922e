package org.hetao.registry.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready from the moment the process is told to stop, so that load balancers send no more requests. */
@Readiness
@ApplicationScoped
public class StoppingReadiness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        boolean stopping = Stopping.now();
        return HealthCheckResponse.named("registry-accepting-requests")
                .status(!stopping)
                .withData("stopping", stopping)
                .build();
    }
}
