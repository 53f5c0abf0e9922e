package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records an investor cannot see change nothing in what the investor's search returns: not which
 * records are found, not their order, not their snippets or counts.
 */
class InvestorIsolationTest {

    @TempDir
    Path withoutHidden;

    @TempDir
    Path withHidden;

    /** What investors may see: public, investor-visible records. */
    static List<SearchDocument> visible() {
        return List.of(
                licensable(1, "Qxalpha sensor", "傳感器")
                        .summary(LocalizedText.english("A sensor for water."))
                        .build(),
                // one says graphene twice, the other anode twice: their order depends on how rare each word is
                licensable(2, "Graphene graphene anode", "石墨烯").build(),
                licensable(3, "Graphene anode anode", "負極").build(),
                licensable(4, "Battery recycling", "電池回收")
                        .summary(LocalizedText.english("Recovers lithium from spent cells."))
                        .publicIdentifiers(List.of("HT-P-0004"))
                        .build());
    }

    /** What they may not: a confidential and a consortium record full of the same and similar words. */
    static List<SearchDocument> hidden() {
        String qxWords = IntStream.range(0, 20)
                .mapToObj(i -> "qxaa" + (char) ('a' + i) + "n")
                .collect(Collectors.joining(" "));
        return List.of(
                SearchDocument.builder(DocType.PROJECT, 100)
                        .visibility(Visibility.CONFIDENTIAL)
                        .parties(Set.of(SZU))
                        .title(LocalizedText.english(qxWords))
                        .summary(LocalizedText.english("graphene graphene graphene graphene battery lithium recycling"))
                        .publicIdentifiers(List.of("HT-P-0005"))
                        .build(),
                SearchDocument.builder(DocType.IP_ASSET, 101)
                        .visibility(Visibility.CONSORTIUM)
                        .parties(Set.of(HKUST))
                        .title(LocalizedText.english("Graphene anode for qxalphas"))
                        .summary(LocalizedText.english("graphene sensor batteries recycled"))
                        .build(),
                // public but not for investors
                SearchDocument.builder(DocType.PROJECT, 102)
                        .visibility(Visibility.PUBLIC)
                        .parties(Set.of(HKU))
                        .title(LocalizedText.english("Graphene graphene membranes " + qxWords))
                        .build());
    }

    static final List<String> QUERIES = List.of(
            "qx*",
            "qxalpha",
            "qxalp*",
            "graphene anode",
            "graphene",
            "anode",
            "gra*",
            "batt*",
            "batery~",
            "lithum",
            "recycling OR sensor",
            "HT-P-0004",
            "HT-P*",
            "",
            "石墨烯",
            "*",
            "graphenes~",
            "batteries*",
            "recycled~",
            "anodes*",
            "\"battery recycling\"",
            "石墨烯*",
            "電池~",
            "電池回收*");

    @Test
    void aPrefixFindsTheVisibleRecordHoweverManyHiddenWordsShareIt() throws IOException {
        List<SearchDocument> all = new ArrayList<>(visible());
        all.addAll(hidden());
        try (SearchIndex index = indexWith(withHidden, all.toArray(SearchDocument[]::new))) {
            SearchResult result = index.search(
                    SearchRequest.builder(Audience.investor()).query("qx*").build());
            assertEquals(List.of(1L), ids(result));
        }
    }

    @Test
    void hiddenRecordsChangeNothingInAnInvestorsResults() throws IOException {
        List<SearchDocument> all = new ArrayList<>(visible());
        all.addAll(hidden());
        try (SearchIndex without = indexWith(withoutHidden, visible().toArray(SearchDocument[]::new));
                SearchIndex with = indexWith(withHidden, all.toArray(SearchDocument[]::new))) {
            for (String query : QUERIES) {
                for (SortOrder sort : SortOrder.values()) {
                    SearchRequest request = SearchRequest.builder(Audience.investor())
                            .query(query)
                            .sort(sort)
                            .build();
                    assertEquals(without.search(request), with.search(request), query + " sorted by " + sort);
                }
            }
            // the order of the two graphene anodes is decided by the visible records alone
            SearchRequest anodes = SearchRequest.builder(Audience.investor())
                    .query("graphene anode")
                    .build();
            assertEquals(Set.of(2L, 3L), Set.copyOf(ids(with.search(anodes))));
        }
    }
}
