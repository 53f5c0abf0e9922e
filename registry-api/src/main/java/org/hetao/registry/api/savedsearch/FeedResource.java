package org.hetao.registry.api.savedsearch;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.api.auth.Anonymous;
import org.hetao.registry.api.http.AnonymousRefusals;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.ClientAddress;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.catalogue.VisitorRateLimit;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.savedsearch.SavedSearchResults;
import org.hetao.registry.savedsearch.SavedSearchService;

/**
 * Atom feeds of saved searches, for feed readers: no token, the secret is in the URL. The feed shows
 * what the search's owner may see now. An unknown or revoked secret is "not found" and counts as an
 * anonymous refusal.
 */
@Path("feeds")
@Tag(name = "saved-searches")
public class FeedResource {
    @Inject
    SavedSearchService service;

    @Inject
    AnonymousRefusals refusals;

    @Inject
    VisitorRateLimit rateLimit;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Path("saved-searches/{token}")
    @Anonymous
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(
            operationId = "getSavedSearchFeed",
            summary = "The Atom feed of a saved search, by the secret of its URL (no token)",
            description =
                    "What the search's owner may see now, newest first (at most 50). ETag and If-None-Match are supported. "
                            + "404 for an unknown or revoked secret, or when the owner's account is disabled. Limited per client address with the "
                            + "public catalogue (429 with Retry-After).")
    @APIResponse(
            responseCode = "200",
            description = "The Atom feed",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public Response feed(
            @PathParam("token") String token,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        SavedSearchResults results;
        try {
            results = service.feed(token);
        } catch (NotFoundException e) {
            refusals.record("GET /api/feeds/saved-searches/… (no feed with this secret)");
            throw e;
        }
        String atom = AtomFeed.write(results, uri.getRequestUri(), URI.create(WebAddress.of(uri)));
        EntityTag tag = new EntityTag(sha256(atom));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(atom, AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                .tag(tag)
                .cacheControl(cache)
                .build();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
