package org.hetao.registry.search;

import java.util.Map;
import org.hetao.registry.indexing.IndexState;
import org.hetao.registry.ipasset.IpStatus;
import org.hetao.registry.lucene.SearchResult;

/**
 * The hits of a search, the state of the index that answered it (it may be rebuilding), and the IP
 * status of each IP asset found, by id, derived from its filings as the database holds them now.
 */
public record SearchAnswer(SearchResult result, IndexState index, Map<Long, IpStatus> assetStatus) {
    public SearchAnswer {
        assetStatus = Map.copyOf(assetStatus);
    }

    public SearchAnswer(SearchResult result, IndexState index) {
        this(result, index, Map.of());
    }
}
