package org.hetao.registry.api.auth;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;
import org.hetao.registry.access.Permission;
import org.hetao.registry.account.AccountService;
import org.hetao.registry.account.IssuedToken;
import org.hetao.registry.account.TokenService;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.ClientAddress;
import org.hetao.registry.common.RegistryClock;

/** Signing in and out. */
@Path("auth")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    TokenService tokens;

    @Inject
    CallerContext callerContext;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AccountService accounts;

    @Inject
    RegistryClock clock;

    /** The account holder's e-mail address, where its office's inbox items are sent when e-mail is on; empty or null removes it. */
    public record EmailRequest(@Size(max = 254) String email) {}

    public record EmailView(String email) {}

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Operation(operationId = "signIn", summary = "Sign in with a username and password; returns a bearer token")
    @APIResponse(
            responseCode = "200",
            description = "Signed in: the bearer token and when it expires",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or a disabled account")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public TokenView signIn(@Valid @NotNull TokenRequest request, @Context HttpServletRequest http) {
        IssuedToken t = tokens.issue(request.username(), request.password(), clientAddress.of(http));
        Caller c = t.caller();
        return new TokenView(
                t.token(), "Bearer", t.expiresAt(), c.username(), c.role().name(), c.institutionId());
    }

    @DELETE
    @Path("token")
    @Requires(Permission.AUTHENTICATED)
    @Operation(operationId = "signOut", summary = "Revoke the bearer token this request carries")
    @APIResponse(responseCode = "204", description = "Signed out: the token no longer works")
    public void signOut(@Context ContainerRequestContext request) {
        tokens.revoke(AccessFilter.bearerToken(request), callerContext.current().orElseThrow());
    }

    @GET
    @Path("me")
    @Requires(Permission.AUTHENTICATED)
    @Operation(
            operationId = "getCurrentAccount",
            summary = "The signed-in account, with the registry's time zone and today's date there")
    public CallerView me() {
        Caller c = callerContext.current().orElseThrow();
        return new CallerView(
                c.accountId(),
                c.username(),
                c.role().name(),
                c.institutionId(),
                accounts.emailOf(c.accountId()),
                RegistryClock.ZONE.getId(),
                clock.today());
    }

    @PUT
    @Path("me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.AUTHENTICATED)
    @Operation(
            operationId = "changeOwnEmail",
            summary = "Set the signed-in account's own e-mail address (empty: remove it)",
            description = "An office account's inbox items are sent there when the registry's e-mail is on.")
    public EmailView changeEmail(@Valid @NotNull EmailRequest request) {
        Caller c = callerContext.current().orElseThrow();
        return new EmailView(
                accounts.changeOwnEmail(c.accountId(), request.email()).getEmail());
    }
}
