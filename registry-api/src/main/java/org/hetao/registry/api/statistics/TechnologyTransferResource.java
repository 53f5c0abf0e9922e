package org.hetao.registry.api.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.statistics.AutmReport;
import org.hetao.registry.statistics.AutmService;

/** Technology-transfer figures (AUTM-style) per institution and year, over the IP assets the caller may read. */
@Path("statistics/technology-transfer")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class TechnologyTransferResource {
    private static final String PARAMS = "fromYear and toYear (default the five years up to this one, at most 50), "
            + "institutionId (one institution; 400 when there is none).";

    @Inject
    AutmService service;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "getTechnologyTransfer",
            summary = "IP assets registered, filings, grants, enquiries and licences per institution and year",
            description =
                    "Each IP asset the caller may read counts for every institution that owns or owned a share of it: "
                            + "assetsRegistered in the year it was recorded, filings in the year of each filing date, grants in the "
                            + "year of each grant date; enquiries (in the year sent) and licences (those of them now LICENSED) only for "
                            + "readers of the enquiry report (enquiries is false and the columns absent otherwise). "
                            + PARAMS)
    public AutmReport metrics(
            @QueryParam("fromYear") String fromYear,
            @QueryParam("toYear") String toYear,
            @QueryParam("institutionId") String institutionId) {
        return service.metrics(
                Params.longValue("institutionId", institutionId),
                Params.longValue("fromYear", fromYear),
                Params.longValue("toYear", toYear));
    }

    @GET
    @Path("csv")
    @Produces(StatisticsResource.CSV)
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "exportTechnologyTransferCsv",
            summary = "Technology-transfer figures as CSV",
            description =
                    "Columns: institutionId, institution, year, assetsRegistered, filings, grants, and for readers of "
                            + "the enquiry report enquiries, licences. " + PARAMS)
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = StatisticsResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(
            @QueryParam("fromYear") String fromYear,
            @QueryParam("toYear") String toYear,
            @QueryParam("institutionId") String institutionId) {
        return Csv.attachment(
                service.metricsCsv(
                        Params.longValue("institutionId", institutionId),
                        Params.longValue("fromYear", fromYear),
                        Params.longValue("toYear", toYear)),
                "technology-transfer");
    }
}
