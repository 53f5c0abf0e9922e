package org.hetao.registry.api.savedsearch;

import java.time.OffsetDateTime;
import java.util.List;
import org.hetao.registry.savedsearch.FoundRecord;
import org.hetao.registry.savedsearch.SavedSearchResults;

/** What a saved search finds now, newest first; {@code isNew}: registered after {@code previousVisit}. */
public record SavedSearchResultsView(
        SavedSearchView search, long newCount, OffsetDateTime previousVisit, List<RecordView> records) {
    /** A record found; {@code type} and {@code id} name it in the rest of the API. */
    public record RecordView(
            String type,
            long id,
            String title,
            String summary,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            boolean isNew) {
        static RecordView of(FoundRecord r) {
            return new RecordView(
                    r.type().urlName(), r.id(), r.title(), r.summary(), r.createdAt(), r.updatedAt(), r.isNew());
        }
    }

    static SavedSearchResultsView of(SavedSearchResults r) {
        return new SavedSearchResultsView(
                SavedSearchView.of(r.search()),
                r.newCount(),
                r.previousVisit(),
                r.records().stream().map(RecordView::of).toList());
    }
}
