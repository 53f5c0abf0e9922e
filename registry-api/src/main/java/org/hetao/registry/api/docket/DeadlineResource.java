package org.hetao.registry.api.docket;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.docket.DocketEntry;
import org.hetao.registry.docket.DocketFilter;
import org.hetao.registry.docket.DocketService;

/**
 * An office's patent deadlines: the deadlines of the IP assets its institution owns today, over a
 * window of dates, as JSON, CSV or iCalendar.
 */
@Path("deadlines")
@Tag(name = "deadlines")
public class DeadlineResource {
    /** The calendar's media type (RFC 5545). */
    public static final String TEXT_CALENDAR = "text/calendar";

    private static final String FILTERS = "institutionId (a TTO: its own, the default; LEGAL and ADMIN: required), "
            + "from and to (ISO dates; by default from a month ago to two years ahead; at most ten years apart), "
            + "status (OPEN, OVERDUE, DONE), rule (e.g. pct-national-phase), office (e.g. HK). "
            + "Deadlines of assets the caller may not read are never included.";

    @Inject
    DocketService service;

    @Inject
    RegistryClock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "listDeadlines",
            summary = "An office's patent deadlines, earliest first",
            description = FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The deadlines",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineView.class)))
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"OPEN", "OVERDUE", "DONE"}))
    public List<DeadlineView> list(
            @QueryParam("institutionId") String institutionId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("status") String status,
            @QueryParam("rule") String rule,
            @QueryParam("office") String office) {
        LocalDate start = start(from);
        return service
                .forOffice(
                        Params.longValue("institutionId", institutionId),
                        start,
                        end(to, start),
                        filter(status, rule, office))
                .stream()
                .map(DeadlineView::of)
                .toList();
    }

    @GET
    @Path("calendar")
    @Produces(TEXT_CALENDAR)
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "exportDeadlinesCalendar",
            summary = "An office's patent deadlines as an iCalendar file (RFC 5545)",
            description = "One all-day VEVENT per deadline with a stable UID (a calendar that imports the file again "
                    + "updates its events), DTSTAMP, DTSTART and SUMMARY in the language of lang (en, zh-Hant, zh-Hans) or "
                    + "Accept-Language. The filters of GET /api/deadlines. " + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(
            @QueryParam("institutionId") String institutionId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("status") String status,
            @QueryParam("rule") String rule,
            @QueryParam("office") String office,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        LocalDate start = start(from);
        String body = service.calendar(
                Params.longValue("institutionId", institutionId),
                start,
                end(to, start),
                filter(status, rule, office),
                language(lang, headers));
        return Response.ok(body, TEXT_CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deadlines.ics\"")
                .build();
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Requires(Permission.INTERNAL_READ)
    @Operation(
            operationId = "exportDeadlinesCsv",
            summary = "An office's patent deadlines as CSV",
            description = "Columns: dueDate, status, ipAssetId, assetTitle, rule, title, office, occurrence, "
                    + "applicationNumber, triggerDate, rolledOver, metBy, producedFiling, doneBy, doneAt, key, source; titles "
                    + "in the language of lang or Accept-Language. " + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(
            @QueryParam("institutionId") String institutionId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("status") String status,
            @QueryParam("rule") String rule,
            @QueryParam("office") String office,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        LocalDate start = start(from);
        String body = service.csv(
                Params.longValue("institutionId", institutionId),
                start,
                end(to, start),
                filter(status, rule, office),
                language(lang, headers));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deadlines.csv\"")
                .build();
    }

    private LocalDate start(String from) {
        LocalDate d = Params.date("from", from);
        return d != null ? d : clock.today().minusMonths(1);
    }

    private static LocalDate end(String to, LocalDate start) {
        LocalDate d = Params.date("to", to);
        return d != null ? d : start.plusYears(2).plusMonths(1);
    }

    private static DocketFilter filter(String status, String rule, String office) {
        return new DocketFilter(Params.enumValue(DocketEntry.Status.class, "status", status), rule, office);
    }

    /** lang when given, else the first English or Chinese language the client accepts, else English. */
    private static String language(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip();
        }
        try {
            for (Locale l : headers.getAcceptableLanguages()) {
                if (l.getLanguage().equals("en") || l.getLanguage().equals("zh")) {
                    return l.toLanguageTag();
                }
            }
        } catch (RuntimeException e) {
            // a malformed Accept-Language counts as none
        }
        return "en";
    }
}
