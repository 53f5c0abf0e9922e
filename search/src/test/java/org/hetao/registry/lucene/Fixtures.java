package org.hetao.registry.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small documents and requests for tests. */
final class Fixtures {

    static final long HKU = 1;
    static final long HKUST = 3;
    static final long SZU = 12;

    private Fixtures() {}

    /** A public, investor-visible IP asset with an English and a Traditional Chinese title. */
    static SearchDocument.Builder licensable(long id, String titleEn, String titleZhHant) {
        return SearchDocument.builder(DocType.IP_ASSET, id)
                .visibility(Visibility.PUBLIC)
                .investorVisible(true)
                .parties(Set.of(HKUST))
                .title(LocalizedText.of("en", titleEn, "zh-Hant", titleZhHant))
                .sortDate(LocalDate.of(2025, 1, 1).plusDays(id));
    }

    static SearchDocument project(long id, Visibility visibility, long party, String titleEn, String summaryEn) {
        return SearchDocument.builder(DocType.PROJECT, id)
                .visibility(visibility)
                .parties(Set.of(party))
                .title(LocalizedText.english(titleEn))
                .summary(LocalizedText.english(summaryEn))
                .build();
    }

    static SearchRequest.Builder everything(String query) {
        return SearchRequest.builder(Audience.everything()).query(query);
    }

    static SearchResult search(SearchIndex index, SearchRequest.Builder request) throws IOException {
        return index.search(request.build());
    }

    static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    static SearchIndex indexWith(java.nio.file.Path dir, SearchDocument... documents) throws IOException {
        SearchIndex index = SearchIndex.open(dir);
        index.replaceAll(List.of(documents), RebuildProgress.none());
        return index;
    }
}
