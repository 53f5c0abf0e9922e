package org.hetao.registry.api.transfer.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.hetao.registry.transfer.exports.ExportFormat;
import org.hetao.registry.transfer.exports.ExportQuery;
import org.hetao.registry.transfer.exports.ExportRow;
import org.hetao.registry.transfer.exports.ExportService;
import org.hetao.registry.transfer.exports.ExportWriter;
import org.hetao.registry.transfer.exports.InstitutionBackup;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Exports of the lists (the same filters and visibility as the list endpoints) and of an
 * institution's backup, written slice by slice while they stream to the client.
 */
@Path("exports")
@Tag(name = "exports")
@Produces({"text/csv", "application/json", "application/x-ndjson"})
public class ExportResource {
    private static final Logger LOG = Logger.getLogger(ExportResource.class.getName());

    @Inject
    ExportService service;

    @GET
    @Path("{kind}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "exportRecords",
            summary = "Export a list (institutions, people, projects, ip-assets) as CSV, JSON or JSON Lines",
            description =
                    "format=csv|json|jsonl, or Accept: text/csv / application/x-ndjson; JSON by default. The list's own filters apply "
                            + "(e.g. q, status, institutionId) and its visibility: an investor's export holds only what an investor may read, without "
                            + "internal columns. The columns are those of the import, so an export imports again. Institutions are also "
                            + "filtered by kind (UNIVERSITY, ...), a query parameter named as the path's.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
            })
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Text in the list's searchable fields",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "jurisdiction",
            in = ParameterIn.QUERY,
            description = "Institutions: jurisdiction",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "country",
            in = ParameterIn.QUERY,
            description = "Institutions: ISO 3166 country code",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "institutionId",
            in = ParameterIn.QUERY,
            description = "People and projects: an institution",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Parameter(
            name = "orcid",
            in = ParameterIn.QUERY,
            description = "People: ORCID iD",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Projects: status",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "site",
            in = ParameterIn.QUERY,
            description = "Projects: site",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "sector",
            in = ParameterIn.QUERY,
            description = "Projects: sector",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "confidentiality",
            in = ParameterIn.QUERY,
            description = "Projects and IP assets: confidentiality",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "year",
            in = ParameterIn.QUERY,
            description = "Projects: running in that year",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Parameter(
            name = "projectId",
            in = ParameterIn.QUERY,
            description = "IP assets: the project",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Parameter(
            name = "type",
            in = ParameterIn.QUERY,
            description = "IP assets: type",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "licensing",
            in = ParameterIn.QUERY,
            description = "IP assets: licensing",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "minReadinessLevel",
            in = ParameterIn.QUERY,
            description = "IP assets: at least this readiness level",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Parameter(
            name = "applicationNumber",
            in = ParameterIn.QUERY,
            description = "IP assets: a filing's application number",
            schema = @Schema(type = SchemaType.STRING))
    public Response export(
            @PathParam("kind") String kind,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        RecordKind k = RecordKind.of("kind", kind);
        ExportQuery query = service.list(k, ExportFilters.of(k, uri.getQueryParameters()));
        ExportFormat f = ExportFormat.of(format, accept);
        StreamingOutput body = out -> {
            try (ExportWriter w = new ExportWriter(out, f, ExportService.header(k, query.internal()))) {
                long after = 0;
                List<ExportRow> slice;
                do {
                    slice = service.slice(query, after);
                    for (ExportRow r : slice) {
                        w.write(r.cells(), null);
                        after = r.id();
                    }
                    w.flush();
                } while (slice.size() == ExportService.SLICE);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "An export of " + k.path() + " stopped part-way", e);
                throw e;
            }
        };
        return file(body, f, k.path());
    }

    @GET
    @Path("institution/{id}")
    @Requires(Permission.IMPORT)
    @Operation(
            operationId = "exportInstitutionBackup",
            summary = "Back up an institution as JSON Lines that POST /api/imports?kind=backup takes back without loss",
            description =
                    "A first line (record \"backup\") naming the registry that wrote it and the institution; then the institution, "
                            + "its projects with participants, funding and staff, their IP assets with filings and inventors, "
                            + "each followed by every version of its ownership (record \"ownership\", oldest first), and every institution and "
                            + "person these refer to, in that order. Not in it: accounts, the audit trail, agreements, and IP assets of projects the "
                            + "institution takes no part in. For an administrator or the institution's own office.")
    @APIResponse(
            responseCode = "200",
            description = "The institution's records as JSON Lines",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    public Response backup(@PathParam("id") long id) {
        ExportQuery query = service.backup(id);
        StreamingOutput body = out -> {
            try (ExportWriter w = new ExportWriter(out, ExportFormat.JSONL, List.of())) {
                InstitutionBackup.write(service, query, w);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The backup of institution " + id + " stopped part-way", e);
                throw e;
            }
        };
        return file(body, ExportFormat.JSONL, "institution-" + id + "-backup");
    }

    private static Response file(StreamingOutput body, ExportFormat f, String name) {
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + f.extension() + "\"")
                .build();
    }
}
