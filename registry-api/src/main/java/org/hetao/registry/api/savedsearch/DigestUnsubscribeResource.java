package org.hetao.registry.api.savedsearch;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hetao.registry.api.auth.Anonymous;
import org.hetao.registry.api.http.AnonymousRefusals;
import org.hetao.registry.api.http.ApiContract;
import org.hetao.registry.api.http.ClientAddress;
import org.hetao.registry.catalogue.VisitorRateLimit;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.savedsearch.DigestService;
import org.hetao.registry.savedsearch.SavedSearch;

/** The unsubscribe links of saved searches' e-mail digests, open without sign-in. */
@Path("digests")
@Tag(name = "saved-searches")
@Produces(MediaType.APPLICATION_JSON)
public class DigestUnsubscribeResource {
    @Inject
    DigestService service;

    @Inject
    VisitorRateLimit rateLimit;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AnonymousRefusals refusals;

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Operation(
            operationId = "unsubscribeDigest",
            summary =
                    "Stop a saved search's digest with the secret of the unsubscribe link in one of its e-mails (no sign-in)",
            description =
                    "404 for an unknown secret. Limited per client address with the public catalogue (429 with Retry-After).")
    @Extension(name = ApiContract.PUBLIC, value = "true")
    public UnsubscribedView unsubscribe(@Valid @NotNull UnsubscribeRequest r, @Context HttpServletRequest http) {
        rateLimit.admit(clientAddress.of(http));
        try {
            SavedSearch s = service.unsubscribe(r.token());
            return new UnsubscribedView(s.getName(), s.getDigest().name());
        } catch (NotFoundException e) {
            refusals.record("POST /api/digests/unsubscribe (no digest with this secret)");
            throw e;
        }
    }
}
