package org.hetao.registry.api.savedsearch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.savedsearch.SavedSearch;

/**
 * A saved search; {@code feed} tells whether it has a feed (its secret URL is shown only when issued);
 * {@code digest}: how often its e-mail digest goes out (OFF, DAILY, WEEKLY), with {@code digestSince},
 * from when records go into the next one.
 */
@Schema(name = "SavedSearchView")
public record SavedSearchView(
        long id,
        String name,
        String q,
        List<String> types,
        Map<String, List<String>> filters,
        String lang,
        boolean feed,
        String digest,
        OffsetDateTime digestSince,
        OffsetDateTime lastVisitedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {
    public static SavedSearchView of(SavedSearch s) {
        return new SavedSearchView(
                s.getId(),
                s.getName(),
                s.getQuery(),
                s.getTypes(),
                s.getFacetFilters(),
                s.getLanguage(),
                s.hasFeed(),
                s.getDigest().name(),
                s.getDigestSince(),
                s.getLastVisitedAt(),
                s.getCreatedAt(),
                s.getUpdatedAt(),
                s.getVersion());
    }
}
