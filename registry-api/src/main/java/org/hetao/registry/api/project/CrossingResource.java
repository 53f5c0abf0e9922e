package org.hetao.registry.api.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
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
import org.hetao.registry.project.Crossing;
import org.hetao.registry.project.CrossingService;
import org.hetao.registry.transfer.exports.CrossingCsv;

/** Who crosses into the Hong Kong park on a day: staff of mainland institutions working there. */
@Path("crossings")
@Tag(name = "people")
public class CrossingResource {
    private static final String DESCRIPTION =
            "date: the day (YYYY-MM-DD; today in the registry's time zone by default); institutionId: the employing "
                    + "institution (an office sees its own institution's staff only). Every staffing line of a person of a "
                    + "mainland institution in the Hong Kong park whose period includes the day, by institution and name; "
                    + "covered says whether the white-list registration is APPROVED and valid that day.";

    @Inject
    CrossingService service;

    private final RegistryClock clock = new RegistryClock();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listCrossings",
            summary = "List who crosses into the Hong Kong park on a day",
            description = DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The staff working in the Hong Kong park that day",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CrossingView.class)))
    public List<CrossingView> list(@QueryParam("date") String date, @QueryParam("institutionId") String institutionId) {
        return crossings(date, institutionId).stream().map(CrossingView::of).toList();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "exportCrossings",
            summary = "Export who crosses into the Hong Kong park on a day as CSV",
            description = DESCRIPTION + " Columns: " + "date, institution, institutionId, personId, nameEn, nameZh, "
                    + "projectCode, projectId, staffingId, role, startDate, endDate, whiteListStatus, whiteListFrom, "
                    + "whiteListUntil, covered.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file (UTF-8 with a byte-order mark)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("date") String date, @QueryParam("institutionId") String institutionId) {
        LocalDate day = day(date);
        List<Crossing> list = crossings(day, institutionId);
        StreamingOutput body = out -> CrossingCsv.write(day, list, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"crossings-" + day + ".csv\"")
                .build();
    }

    private List<Crossing> crossings(String date, String institutionId) {
        return crossings(day(date), institutionId);
    }

    private List<Crossing> crossings(LocalDate day, String institutionId) {
        return service.on(day, Params.longValue("institutionId", institutionId));
    }

    private LocalDate day(String date) {
        LocalDate day = Params.date("date", date);
        return day == null ? clock.today() : day;
    }
}
