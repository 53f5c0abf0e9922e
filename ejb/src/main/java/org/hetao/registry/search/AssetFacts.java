package org.hetao.registry.search;

import java.util.List;
import org.hetao.registry.ipasset.Licensing;

/**
 * What a list of search results tells about an IP asset besides its text: how it may be licensed,
 * how ready it is, where it is filed and how far each filing got, and whether the public
 * catalogue shows it (so that a link to it can be the public page rather than the signed-in one).
 *
 * @param filings each filing as its jurisdiction and status, e.g. {@code CN FILED}, in the asset's order
 */
public record AssetFacts(
        long id, Licensing licensing, int readinessLevel, List<String> filings, boolean inPublicCatalogue) {
    public AssetFacts {
        filings = List.copyOf(filings);
    }
}
