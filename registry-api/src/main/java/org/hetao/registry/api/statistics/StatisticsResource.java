package org.hetao.registry.api.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.statistics.RegistryStatistics;
import org.hetao.registry.statistics.StatisticsService;

/** Counts for charts, within what the caller may read. */
@Path("statistics")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @Inject
    StatisticsService service;

    @Inject
    RegistryClock clock;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "getStatistics",
            summary = "Counts of the records the caller may read",
            description =
                    "projects: by sector and start year (a project counts once in each of its sectors); staff: distinct people "
                            + "on staff on the date staffOn (default today in the zone's time zone, registry.time.zone) by park and role; ipAssets: by filing jurisdiction "
                            + "(NONE when not filed; an asset counts once in each jurisdiction it is filed in) and licensing. Counts only: "
                            + "no record is named.")
    public RegistryStatistics statistics(@QueryParam("staffOn") String staffOn) {
        return service.statistics(date(staffOn));
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return clock.today();
        }
        return Params.date("staffOn", value);
    }
}
