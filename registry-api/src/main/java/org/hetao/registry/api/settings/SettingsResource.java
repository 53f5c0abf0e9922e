package org.hetao.registry.api.settings;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.settings.RuntimeSettings;
import org.hetao.registry.settings.RuntimeSettingsService;

/** The runtime settings, for administrators: they take effect at the next request, without a restart. */
@Path("admin/settings")
@Tag(name = "settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    @Inject
    RuntimeSettingsService service;

    @GET
    @Requires(Permission.SETTINGS_MANAGE)
    @Operation(
            operationId = "getRuntimeSettings",
            summary =
                    "The runtime settings: the public catalogue open or closed, public visitors' enquiries allowed or not; "
                            + "each with the administrator's value and the configuration key's. The ETag is their version")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        return ok(service.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.SETTINGS_MANAGE)
    @Operation(
            operationId = "replaceRuntimeSettings",
            summary =
                    "Set the runtime settings (true, false, or null for the configuration key's value); needs If-Match. Audited",
            description = "409 when visitors' enquiries are turned on while e-mail (registry.mail.enabled) is off.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SettingsView.class)))
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull SettingsRequest request) {
        long expected = Versions.expected(ifMatch, () -> service.current().getVersion());
        return ok(service.change(expected, request.publicCatalogueEnabled(), request.visitorEnquiriesEnabled()));
    }

    private static Response ok(RuntimeSettings s) {
        return Response.ok(SettingsView.of(s)).tag(Versions.tag(s.getVersion())).build();
    }
}
