package org.hetao.registry.savedsearch;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a saved search finds now, newest first, as its owner may see it.
 *
 * @param search the saved search
 * @param records at most {@link SavedSearchService#MAX_RESULTS} records
 * @param previousVisit the visit before this one: records registered after it are new
 */
public record SavedSearchResults(SavedSearch search, List<FoundRecord> records, OffsetDateTime previousVisit) {
    public SavedSearchResults {
        records = List.copyOf(records);
    }

    public long newCount() {
        return records.stream().filter(FoundRecord::isNew).count();
    }
}
