package org.hetao.registry.api.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.statistics.HeadCountFilter;
import org.hetao.registry.statistics.HeadCountReport;
import org.hetao.registry.statistics.HeadCountSeries;
import org.hetao.registry.statistics.HeadCountService;
import org.hetao.registry.statistics.Interval;
import org.hetao.registry.statistics.Period;

/** Head counts and FTE of the staff on the projects the caller may read (not for investors: staff are internal). */
@Path("statistics/head-counts")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class HeadCountResource {
    private static final String FILTERS = "Filters: institutionId (the people's home institution; 400 when no such "
            + "institution), park (HK_PARK, SHENZHEN_PARK), role (a staffing role). Only staff of projects the caller may read count; "
            + "an office counts its own institution's people only (403 for another institutionId), as filter.institutionId says.";
    private static final String RULES =
            "people: distinct people staffed on at least one day of the period; fte: the sum of "
                    + "each staffing's FTE share × its days within the period ÷ the period's days (person-time), to two decimals.";

    @Inject
    HeadCountService service;

    @Inject
    RegistryClock clock;

    @GET
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "getHeadCounts",
            summary = "Head counts and FTE by park, institution and role on a date or over a period",
            description =
                    "from (default today in the zone's time zone) to to (default from: a single day), both included, "
                            + "at most 50 years. " + RULES + " " + FILTERS)
    public HeadCountReport headCounts(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("park") String park,
            @QueryParam("role") String role) {
        return service.headCounts(filter(institutionId, park, role), period(from, to));
    }

    @GET
    @Path("csv")
    @Produces(StatisticsResource.CSV)
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "exportHeadCountsCsv",
            summary = "Head counts and FTE as CSV",
            description =
                    "Columns: from, to, park, institutionId, institution, role, people, fte. The parameters of GET "
                            + "/api/statistics/head-counts.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = StatisticsResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response headCountsCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("park") String park,
            @QueryParam("role") String role) {
        return Csv.attachment(
                service.headCountsCsv(filter(institutionId, park, role), period(from, to)), "head-counts");
    }

    @GET
    @Path("series")
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "getHeadCountSeries",
            summary = "Head counts and FTE at each month or quarter between two dates",
            description = "interval MONTH (default) or QUARTER; from (default the first day of the month eleven months "
                    + "before to's) to to (default today), at most 50 years. Each point is a calendar month or quarter cut to "
                    + "from..to; its people and fte follow the rules of GET /api/statistics/head-counts over all matching "
                    + "staff together (a person counts once per point). " + FILTERS)
    public HeadCountSeries series(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("interval") String interval,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("park") String park,
            @QueryParam("role") String role) {
        return service.series(filter(institutionId, park, role), span(from, to), interval(interval));
    }

    @GET
    @Path("series/csv")
    @Produces(StatisticsResource.CSV)
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "exportHeadCountSeriesCsv",
            summary = "A head-count series as CSV",
            description = "Columns: from, to, people, fte. The parameters of GET /api/statistics/head-counts/series.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = StatisticsResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response seriesCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("interval") String interval,
            @QueryParam("institutionId") String institutionId,
            @QueryParam("park") String park,
            @QueryParam("role") String role) {
        return Csv.attachment(
                service.seriesCsv(filter(institutionId, park, role), span(from, to), interval(interval)),
                "head-count-series");
    }

    private static HeadCountFilter filter(String institutionId, String park, String role) {
        return new HeadCountFilter(
                Params.longValue("institutionId", institutionId),
                Params.enumValue(Park.class, "park", park),
                Params.enumValue(StaffRole.class, "role", role));
    }

    private Period period(String from, String to) {
        LocalDate start = Params.date("from", from);
        LocalDate first = start == null ? clock.today() : start;
        LocalDate end = Params.date("to", to);
        return Period.between("from", "to", first, end == null ? first : end);
    }

    private Period span(String from, String to) {
        LocalDate end = Params.date("to", to);
        LocalDate last = end == null ? clock.today() : end;
        LocalDate start = Params.date("from", from);
        return Period.between(
                "from", "to", start == null ? last.withDayOfMonth(1).minusMonths(11) : start, last);
    }

    private static Interval interval(String value) {
        Interval i = Params.enumValue(Interval.class, "interval", value);
        return i == null ? Interval.MONTH : i;
    }
}
