package org.hetao.registry.api.account;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.Account;
import org.hetao.registry.account.AccountService;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.PageView;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.common.PageRequest;

/** Accounts, managed by administrators. */
@Path("accounts")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject
    AccountService service;

    @GET
    @Requires(Permission.ACCOUNT_MANAGE)
    @Operation(
            operationId = "listAccounts",
            summary = "List accounts",
            description = "Filter: role. Sort: username, createdAt, id.")
    @APIResponse(
            responseCode = "200",
            description = "A page of accounts",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AccountView.class)))
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
    public PageView<AccountView> list(
            @QueryParam("role") String role,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, Set.of("username", "createdAt", "id"), "username");
        return PageView.of(service.list(Params.enumValue(Role.class, "role", role), pr), AccountView::of);
    }

    @GET
    @Path("{id}")
    @Requires(Permission.ACCOUNT_MANAGE)
    @Operation(operationId = "getAccount", summary = "Read an account")
    @APIResponse(
            responseCode = "200",
            description = "The account; the ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @Requires(Permission.ACCOUNT_MANAGE)
    @Operation(operationId = "createAccount", summary = "Create an account")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the account",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    public Response create(@Valid @NotNull AccountRequest request, @Context UriInfo uri) {
        Account created = service.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .tag(Versions.tag(created.getVersion()))
                .entity(AccountView.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.ACCOUNT_MANAGE)
    @Operation(
            operationId = "replaceAccount",
            summary =
                    "Change an account's role, password or enabled state; disabling or a new password revokes its tokens")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequest request) {
        return ok(service.update(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), request.toDetails()));
    }

    private static Response ok(Account a) {
        return Response.ok(AccountView.of(a)).tag(Versions.tag(a.getVersion())).build();
    }
}
