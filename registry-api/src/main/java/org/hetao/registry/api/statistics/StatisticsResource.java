package org.hetao.registry.api.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.statistics.OverviewTable;
import org.hetao.registry.statistics.RegistryStatistics;
import org.hetao.registry.statistics.StatisticsService;

/** Counts for charts, within what the caller may read. */
@Path("statistics")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    static final String CSV = "text/csv";

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
                            + "(NONE when not filed; an asset counts once in each jurisdiction it is filed in) and licensing. With "
                            + "institutionId: only the projects that institution takes part in, its own people on staff and the IP "
                            + "assets of its projects (400 when no such institution). Counts only: no record is named.")
    public RegistryStatistics statistics(
            @QueryParam("staffOn") String staffOn, @QueryParam("institutionId") String institutionId) {
        return service.statistics(date(staffOn), Params.longValue("institutionId", institutionId));
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "exportStatisticsCsv",
            summary = "One table of the statistics overview as CSV",
            description =
                    "table: projects-by-year (year, projects), projects-by-sector (sector, year, projects), staff "
                            + "(date, park, role, people) or ip-assets (jurisdiction, licensing, ipAssets); the counts of GET "
                            + "/api/statistics with the same staffOn and institutionId.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(
            @QueryParam("table") String table,
            @QueryParam("staffOn") String staffOn,
            @QueryParam("institutionId") String institutionId) {
        OverviewTable which = Checks.require("table", Params.enumValue(OverviewTable.class, "table", table));
        String body = service.csv(date(staffOn), Params.longValue("institutionId", institutionId), which);
        return Csv.attachment(body, which.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return clock.today();
        }
        return Params.date("staffOn", value);
    }
}
