package org.hetao.registry.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the demo data set loads, with how far it is ({@code stored} of {@code total}
 * records), which the web UI's loading page shows; ready otherwise, whatever became of it.
 */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {
    static final String NAME = "demo-data";

    @Override
    public HealthCheckResponse call() {
        DemoDataProgress.State state = DemoDataProgress.state();
        return HealthCheckResponse.named(NAME)
                .status(state != DemoDataProgress.State.LOADING)
                .withData("state", state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withData("stored", DemoDataProgress.stored())
                .withData("total", DemoDataProgress.total())
                .build();
    }
}
