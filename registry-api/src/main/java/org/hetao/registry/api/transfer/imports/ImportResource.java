package org.hetao.registry.api.transfer.imports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.transfer.exports.ExportFormat;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.imports.ImportFormat;
import org.hetao.registry.transfer.imports.ImportJob;
import org.hetao.registry.transfer.imports.ImportKind;
import org.hetao.registry.transfer.imports.ImportMode;
import org.hetao.registry.transfer.imports.ImportReport;
import org.hetao.registry.transfer.imports.ImportRequest;
import org.hetao.registry.transfer.imports.ImportService;
import org.hetao.registry.transfer.imports.ImportTemplates;
import org.hetao.registry.transfer.imports.OnDuplicate;

/**
 * Bulk import. The file is the raw request body (what {@code curl --data-binary @file.csv} sends),
 * CSV or JSON Lines; it runs as a job whose state and progress {@code GET /api/imports/{id}} shows.
 */
@Path("imports")
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    @Inject
    ImportService service;

    @POST
    @Consumes({
        "text/csv",
        "application/x-ndjson",
        "application/jsonl",
        "application/json",
        "text/plain",
        "application/octet-stream"
    })
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "submitImport",
            summary = "Upload a file of records as an import job (202; the job runs in the background)",
            description =
                    "The body is the file itself: CSV (Content-Type: text/csv) or JSON Lines (application/x-ndjson). Query: kind "
                            + "(institutions, people, projects, ip-assets, or backup for JSON Lines), format (csv or jsonl; else from the Content-Type), "
                            + "mode (all-or-nothing, the default, or dry-run), onDuplicate (skip, the default, or update), name (the file's name). "
                            + "At most 50 MB (413 above).")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the job runs in the background, Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class)))
    public Response submit(
            @QueryParam("kind") String kind,
            @QueryParam("format") String format,
            @QueryParam("mode") String mode,
            @QueryParam("onDuplicate") String onDuplicate,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            InputStream body,
            @Context UriInfo uri) {
        Long length = Params.longValue("Content-Length", contentLength);
        ImportRequest request = new ImportRequest(
                ImportKind.of(kind),
                ImportFormat.of(format, contentType),
                ImportMode.of(mode),
                OnDuplicate.of(onDuplicate),
                name);
        ImportJob job = service.submit(request, length == null ? -1 : length, body);
        return Response.accepted(ImportJobView.of(job))
                .location(uri.getBaseUriBuilder()
                        .path("imports")
                        .path(Long.toString(job.getId()))
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "getImport",
            summary =
                    "An import job: its state, rows done of total, and once finished its report (yours, or any for an administrator)")
    public ImportJobView get(@PathParam("id") long id) {
        return ImportJobView.of(service.get(id));
    }

    @GET
    @Path("{id}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "getImportReport",
            summary =
                    "A finished job's report: every bad row with its column and reason, as JSON or (format=csv or Accept: text/csv) CSV")
    @APIResponse(
            responseCode = "200",
            description = "The report of the rows refused",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(ref = ApiContract.JSON_DOCUMENT)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
            })
    public Response report(
            @PathParam("id") long id,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ImportJob job = service.get(id);
        if (ExportFormat.of(format, accept) == ExportFormat.CSV) {
            return Response.ok(ImportReport.csv(job.getReport()), ExportFormat.CSV.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"")
                    .build();
        }
        return Response.ok(job.getReport() == null ? "{\"errors\":[]}" : job.getReport(), MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("{id}/retry")
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "retryImport",
            summary = "Run a FAILED job again from its stored file (409 for a job in any other state)")
    @APIResponse(
            responseCode = "202",
            description = "Accepted again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class)))
    public Response retry(@PathParam("id") long id) {
        return Response.accepted(ImportJobView.of(service.retry(id))).build();
    }

    @GET
    @Path("templates/{kind}.csv")
    @Produces("text/csv")
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "getImportTemplate",
            summary = "A CSV template of a record kind: the header row and one example row")
    @APIResponse(
            responseCode = "200",
            description = "An empty CSV file with the columns of the kind",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response template(@PathParam("kind") String kind) {
        RecordKind k = RecordKind.of("kind", kind);
        return Response.ok(ImportTemplates.csv(k), ExportFormat.CSV.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + k.path().toLowerCase(Locale.ROOT) + "-template.csv\"")
                .build();
    }
}
