package org.hetao.registry.api.ipasset;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.RequestValidation;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.ipasset.AssetContext;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetFilter;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ipasset.IpAssetService;
import org.hetao.registry.ipasset.Licensing;

/** IP assets: the results of projects. */
@Path("ip-assets")
@Tag(name = "ip-assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IpAssetResource {
    @Inject
    RequestValidation validation;

    @Inject
    IpAssetService service;

    @Inject
    AccessGuard access;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "listIpAssets",
            summary = "List IP assets",
            description = "Filters: q (title text), projectId, type, licensing, minReadinessLevel, "
                    + "confidentiality, applicationNumber, ownerInstitutionId (the assets that institution owns a share of today). Each item names its project's "
                    + "code and its owners today. Sort: title, readinessLevel, created, id (prefix - for descending).")
    @APIResponse(
            responseCode = "200",
            description = "A page of IP assets",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = IpAssetView.class)))
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Items per page, at most 200",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "200",
                            defaultValue = "20"))
    public PageView<IpAssetView> list(
            @QueryParam("q") String q,
            @QueryParam("projectId") String projectId,
            @QueryParam("type") String type,
            @QueryParam("licensing") String licensing,
            @QueryParam("minReadinessLevel") String minReadinessLevel,
            @QueryParam("confidentiality") String confidentiality,
            @QueryParam("applicationNumber") String applicationNumber,
            @QueryParam("ownerInstitutionId") String ownerInstitutionId,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        Long trl = Params.longValue("minReadinessLevel", minReadinessLevel);
        IpAssetFilter filter = new IpAssetFilter(
                q,
                Params.longValue("projectId", projectId),
                Params.enumValue(AssetType.class, "type", type),
                Params.enumValue(Licensing.class, "licensing", licensing),
                trl == null ? null : (int) Math.max(Math.min(trl, 10), 0),
                Params.enumValue(Confidentiality.class, "confidentiality", confidentiality),
                applicationNumber,
                Params.longValue("ownerInstitutionId", ownerInstitutionId));
        PageRequest pr = PageRequest.of(page, size, sort, IpAssetRepository.SORT_KEYS.keySet(), "title");
        boolean internal = access.seesInternalFields();
        Page<IpAsset> found = service.list(filter, pr);
        Map<Long, AssetContext> contexts = service.contexts(found.items());
        return PageView.of(found, a -> IpAssetView.of(a, internal, contexts.get(a.getId())));
    }

    @GET
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "getIpAsset", summary = "Read an IP asset; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The IP asset; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IpAssetView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "createIpAsset",
            summary = "Register an IP asset of a project (then set its owners with PUT .../ownership)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the asset",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IpAssetView.class)))
    public Response create(@NotNull IpAssetRequest request, @Context UriInfo uri) {
        validation.check(request, () -> new IpAsset(request.toDetails()));
        IpAsset created = service.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(IpAssetView.of(created, context(created)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "replaceIpAsset",
            summary = "Replace an IP asset's fields, filings and inventors; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IpAssetView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull IpAssetRequest request) {
        validation.check(request, () -> new IpAsset(request.toDetails()));
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.REGISTRY_WRITE)
    @Operation(
            operationId = "deleteIpAsset",
            summary = "Delete an IP asset with its filings, inventors and ownership history; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    private Response ok(IpAsset a) {
        return Response.ok(IpAssetView.of(a, access.seesInternalFields(), context(a)))
                .tag(Versions.tag(a.getVersion()))
                .build();
    }

    private AssetContext context(IpAsset a) {
        return service.contexts(List.of(a)).get(a.getId());
    }
}
