package org.hetao.registry.api.savedsearch;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.access.Permission;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Versions;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.savedsearch.DigestService;
import org.hetao.registry.savedsearch.IssuedFeed;
import org.hetao.registry.savedsearch.SavedSearch;
import org.hetao.registry.savedsearch.SavedSearchService;

/** The caller's saved searches: each account sees only its own (another account's is "not found"). */
@Path("saved-searches")
@Tag(name = "saved-searches")
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchResource {
    @Inject
    SavedSearchService service;

    @Inject
    DigestService digests;

    @GET
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "listSavedSearches", summary = "The caller's saved searches, oldest first")
    public List<SavedSearchView> list() {
        return service.list().stream().map(SavedSearchView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "createSavedSearch",
            summary = "Save a search (query, types, facet filters, language) for the caller; at most 50 per account",
            description =
                    "Records registered from now on that it finds count as new until the caller opens its results.")
    @APIResponse(
            responseCode = "201",
            description = "Saved; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SavedSearchView.class)))
    public Response create(@Valid @NotNull SavedSearchRequest r, @Context UriInfo uri) {
        SavedSearch s = service.create(r.name(), r.q(), r.types(), r.filters(), r.lang());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(s.getId()))
                        .build())
                .tag(Versions.tag(s.getVersion()))
                .entity(SavedSearchView.of(s))
                .build();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "getSavedSearch", summary = "One of the caller's saved searches; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The saved search; the ETag is its version",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SavedSearchView.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "replaceSavedSearch",
            summary = "Rename or change one of the caller's saved searches; needs If-Match with the version read")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SavedSearchView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SavedSearchRequest r) {
        return ok(service.update(
                id,
                Versions.expected(ifMatch, () -> service.get(id).getVersion()),
                r.name(),
                r.q(),
                r.types(),
                r.filters(),
                r.lang()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "deleteSavedSearch",
            summary = "Delete one of the caller's saved searches (and its feed); needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch, () -> service.get(id).getVersion()));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/results")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "getSavedSearchResults",
            summary = "Run a saved search as the caller now (newest first, at most 50) and record the visit",
            description = "isNew marks the records registered since the previous visit (previousVisit).")
    public SavedSearchResultsView results(@PathParam("id") long id) {
        return SavedSearchResultsView.of(service.results(id));
    }

    @POST
    @Path("{id}/feed-token")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "createFeedToken",
            summary = "Give a saved search a new secret Atom feed URL; the previous one stops working",
            description = "The URL is shown only in this answer; a feed reader polls it without a token.")
    @APIResponse(
            responseCode = "200",
            description = "The new feed address (the old one stops working)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedTokenView.class)))
    public Response newFeedToken(@PathParam("id") long id, @Context UriInfo uri) {
        IssuedFeed f = service.newFeedToken(id);
        String url = uri.getBaseUriBuilder()
                .path(FeedResource.class)
                .path(FeedResource.class, "feed")
                .build(f.token())
                .toString();
        return Response.ok(new FeedTokenView(f.search().getId(), f.token(), url))
                .tag(Versions.tag(f.search().getVersion()))
                .build();
    }

    @DELETE
    @Path("{id}/feed-token")
    @Requires(Permission.REGISTRY_READ)
    @Operation(operationId = "revokeFeedToken", summary = "Revoke a saved search's feed URL; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The saved search without a feed",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SavedSearchView.class)))
    public Response revokeFeedToken(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.revokeFeedToken(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion())));
    }

    @PUT
    @Path("{id}/digest")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "setSavedSearchDigest",
            summary =
                    "Set how often one of the caller's saved searches is e-mailed as a digest (OFF, DAILY, WEEKLY); needs If-Match",
            description =
                    "Turned on, the digest lists the records registered from now on; 409 while e-mail is off on the registry.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SavedSearchView.class)))
    public Response digest(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DigestRequest r,
            @Context UriInfo uri) {
        SavedSearch s = digests.setDigest(
                id, Versions.expected(ifMatch, () -> service.get(id).getVersion()), r.frequency(), WebAddress.of(uri));
        return Response.ok(SavedSearchView.of(s))
                .tag(Versions.tag(s.getVersion()))
                .build();
    }

    @POST
    @Path("{id}/digest/send")
    @Requires(Permission.REGISTRY_READ)
    @Operation(
            operationId = "sendSavedSearchDigest",
            summary =
                    "E-mail the digest of one of the caller's saved searches now: the records registered since the last digest",
            description =
                    "The next digest starts from now. No e-mail when nothing is new (records 0). 409 when the digest is off, the account "
                            + "has no e-mail address or e-mail is off; 503 when the SMTP server does not take it.")
    public DigestSentView send(@PathParam("id") long id, @Context UriInfo uri) {
        return new DigestSentView(id, digests.sendNow(id, WebAddress.of(uri)));
    }

    private static Response ok(SavedSearch s) {
        return Response.ok(SavedSearchView.of(s))
                .tag(Versions.tag(s.getVersion()))
                .build();
    }
}
