package org.hetao.registry.api.agreement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.agreement.lifecycle.FrameworkService;
import org.hetao.registry.agreement.lifecycle.FrameworkVersion;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.ApiContract;

/** The versions of the unified IP framework: clause texts in three scripts and the options agreements choose among. */
@Path("frameworks")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {
    @Inject
    FrameworkService service;

    @GET
    @Requires(Permission.FRAMEWORK_READ)
    @Operation(
            operationId = "listFrameworks",
            summary = "List the published framework versions, oldest first; the newest is current")
    public List<FrameworkView> list() {
        List<FrameworkVersion> versions = service.list();
        int newest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).getNumber();
        return versions.stream()
                .map(v -> FrameworkView.of(v, service.framework(v.getNumber()), v.getNumber() == newest))
                .toList();
    }

    @GET
    @Path("{version}")
    @Requires(Permission.FRAMEWORK_READ)
    @Operation(operationId = "getFramework", summary = "A framework version's JSON document, exactly as published")
    @APIResponse(
            responseCode = "200",
            description = "The framework document (JSON)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiContract.JSON_DOCUMENT)))
    public Response get(@PathParam("version") int version) {
        return Response.ok(service.get(version).getContent(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    @POST
    @Requires(Permission.FRAMEWORK_MANAGE)
    @Operation(
            operationId = "publishFramework",
            summary = "Publish the next framework version from its JSON document (the shape of GET /api/frameworks/1)",
            description =
                    "Its version must be one above the newest; it must hold every text of version 1 in en, zh-Hant and zh-Hans "
                            + "with the same placeholders. New agreements use it; existing ones keep theirs.")
    @APIResponse(
            responseCode = "201",
            description = "Published; Location names the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkView.class)))
    @RequestBody(
            required = true,
            description = "The framework document (JSON), as docs/agreements.md describes it",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiContract.JSON_DOCUMENT)))
    public Response publish(String document, @Context UriInfo uri) {
        FrameworkVersion published = service.publish(document);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(published.getNumber()))
                        .build())
                .entity(FrameworkView.of(published, service.framework(published.getNumber()), true))
                .build();
    }
}
