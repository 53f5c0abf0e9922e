package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Institutions are found by their everyday names, and so are the records that carry them. */
class AliasSearchTest {

    static final long CUHK = 2;

    @TempDir
    Path dir;

    private SearchIndex index() throws IOException {
        return indexWith(
                dir,
                SearchDocument.builder(DocType.INSTITUTION, HKU)
                        .visibility(Visibility.PUBLIC)
                        .investorVisible(true)
                        .parties(Set.of(HKU))
                        .title(LocalizedText.of("en", "The University of Hong Kong", "zh-Hant", "香港大學"))
                        .publicIdentifiers(List.of("HKU"))
                        .aliases(List.of("港大"))
                        .build(),
                SearchDocument.builder(DocType.INSTITUTION, CUHK)
                        .visibility(Visibility.PUBLIC)
                        .investorVisible(true)
                        .parties(Set.of(CUHK))
                        .title(LocalizedText.of("en", "The Chinese University of Hong Kong", "zh-Hant", "香港中文大學"))
                        .publicIdentifiers(List.of("CUHK"))
                        .aliases(List.of("中大", "港中大"))
                        .build(),
                // an asset of HKU's that says 大 in its title: without the alias it would not be found by 港大
                licensable(10, "Large membranes", "大型濾膜")
                        .parties(Set.of(HKU))
                        .aliases(List.of("港大"))
                        .build(),
                // a CUHK asset whose text says 大 as well: it has every character of 港大, but not the name
                licensable(11, "Large language model", "粵語大語言模型")
                        .parties(Set.of(CUHK))
                        .aliases(List.of("中大", "港中大"))
                        .build(),
                // confidential: only its parties, never investors, find it by the name
                SearchDocument.builder(DocType.PROJECT, 12)
                        .visibility(Visibility.CONFIDENTIAL)
                        .parties(Set.of(HKU))
                        .title(LocalizedText.english("Water treatment"))
                        .aliases(List.of("港大"))
                        .build(),
                SearchDocument.builder(DocType.INSTITUTION, HKUST)
                        .visibility(Visibility.PUBLIC)
                        .investorVisible(true)
                        .parties(Set.of(HKUST))
                        .title(LocalizedText.english("The Hong Kong University of Science and Technology"))
                        .publicIdentifiers(List.of("HKUST"))
                        .aliases(List.of("科大", "港科大", "HK Sci-Tech U"))
                        .build());
    }

    @Test
    void aChineseAliasFindsTheInstitutionAndItsRecordsFirst() throws IOException {
        try (SearchIndex index = index()) {
            List<Long> hits = ids(search(index, everything("港大")));
            assertEquals(Set.of(HKU, 10L, 12L), Set.copyOf(hits.subList(0, 3)), "HKU's records come first: " + hits);
        }
    }

    @Test
    void aLongerAliasAndAnEnglishOneAreFoundToo() throws IOException {
        try (SearchIndex index = index()) {
            assertEquals(
                    Set.of(CUHK, 11L),
                    Set.copyOf(ids(search(index, everything("港中大"))).subList(0, 2)));
            assertEquals(List.of(HKUST), ids(search(index, everything("sci-tech"))));
            assertTrue(ids(search(index, everything("科大"))).contains(HKUST));
        }
    }

    @Test
    void traditionalAndSimplifiedAliasesMeet() throws IOException {
        try (SearchIndex index = indexWith(
                dir,
                SearchDocument.builder(DocType.INSTITUTION, 7)
                        .visibility(Visibility.PUBLIC)
                        .parties(Set.of(7L))
                        .title(LocalizedText.english("Lingnan University"))
                        .aliases(List.of("嶺大"))
                        .build())) {
            assertEquals(List.of(7L), ids(search(index, everything("岭大"))));
        }
    }

    @Test
    void investorsFindOnlyWhatTheyMaySeeByAnAlias() throws IOException {
        try (SearchIndex index = index()) {
            List<Long> hits =
                    ids(search(index, SearchRequest.builder(Audience.investor()).query("港大")));
            assertTrue(hits.containsAll(List.of(HKU, 10L)), hits.toString());
            assertFalse(hits.contains(12L), "a confidential project is not found by investors: " + hits);
            assertEquals(List.of(HKU, 10L), hits.subList(0, 2).stream().sorted().toList());
        }
    }
}
