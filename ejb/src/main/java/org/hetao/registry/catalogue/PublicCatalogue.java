package org.hetao.registry.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetService;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.search.SearchAnswer;
import org.hetao.registry.search.SearchParameters;
import org.hetao.registry.search.SearchService;
import org.hetao.registry.settings.RuntimeSettingsService;

/**
 * The licensable catalogue for people who have not signed in. Every read runs as
 * {@link Caller#PUBLIC_VISITOR}, whose read scope is an investor's, through the same search and the
 * same asset reads as a signed-in investor's: there is no second rule of what is public. An asset an
 * investor may not read is "not found", exactly like one that does not exist.
 */
@Stateless
public class PublicCatalogue {
    private static final List<String> ASSETS_ONLY = List.of(DocType.IP_ASSET.urlName());

    @Inject
    CallerContext callerContext;

    @Inject
    SearchService search;

    @Inject
    IpAssetService assets;

    @Inject
    OwnershipRepository ownership;

    @Inject
    InstitutionRepository institutions;

    @Inject
    RuntimeSettingsService settings;

    /** Searches the licensable IP assets; the parameters' record types are replaced by IP assets. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SearchAnswer search(SearchParameters p) {
        openAsVisitor();
        return search.search(
                new SearchParameters(p.query(), ASSETS_ONLY, p.filters(), p.page(), p.size(), p.sort(), p.language()));
    }

    /** The asset with its current owners, if an investor may read it; otherwise "not found". */
    public PublicAsset asset(long id) {
        openAsVisitor();
        IpAsset asset = assets.get(id);
        List<Institution> owners = ownership
                .current(id)
                .map(v -> v.getShares().stream()
                        .map(s -> institutions.get(s.getInstitutionId()))
                        .toList())
                .orElse(List.of());
        return new PublicAsset(asset, owners);
    }

    /** Runs the rest of the request as the public visitor, if the catalogue is open now; else it does not exist. */
    public void openAsVisitor() {
        if (!settings.publicCatalogueOpen()) {
            throw new CatalogueClosedException();
        }
        callerContext.set(Caller.PUBLIC_VISITOR);
    }
}
