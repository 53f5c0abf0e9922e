package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What English query words find: light stemming, spellings, synonyms and typo tolerance. */
class EnglishMatchingTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                licensable(1, "A map of the early universe from radio surveys", "早期宇宙射電巡天圖")
                        .build(),
                licensable(2, "University spin-off incubation", "大學初創企業孵化").build(),
                licensable(3, "Organ-on-chip models of the liver", "肝臟器官晶片").build(),
                licensable(4, "Organisational change in research offices", "研究辦公室的組織變革")
                        .build(),
                licensable(5, "Tumour organoids for drug screening", "腫瘤類器官藥物篩選")
                        .build(),
                licensable(6, "Knock-out mice for hearing loss studies", "聽力損失基因敲除小鼠")
                        .build(),
                licensable(7, "Solar panels for village schools", "鄉村學校太陽能板").build(),
                licensable(8, "Hydrogen storage in salt caverns", "鹽穴儲氫").build(),
                licensable(9, "Sonar mapping of the harbour floor", "海港海床聲納測繪").build(),
                licensable(10, "Predictive maintenance of lifts in public housing", "公共屋邨升降機預測性維修")
                        .build(),
                licensable(11, "Rapid antigen tests for COVID-19", "新冠病毒快速抗原測試").build(),
                SearchDocument.builder(DocType.PROJECT, 12)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.of("zh-Hans", "新型冠状病毒传播的数学模型"))
                        .build(),
                licensable(13, "Isotope analyses of ancient pottery", "古陶器同位素分析")
                        .build(),
                licensable(14, "Experiments on granular flow", "顆粒流實驗").build(),
                licensable(15, "Better bus timetables", "更佳巴士時間表").build(),
                licensable(16, "Battery passports for recycling", "電池護照").build(),
                licensable(17, "Soft gripper", "柔性夾爪")
                        .summary(LocalizedText.english("A soft gripper that handles fragile samples."))
                        .build());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Set<Long> find(String query) throws IOException {
        return Set.copyOf(ids(search(index, everything(query))));
    }

    @Test
    void wordsThatOnlyShareLettersNoLongerFindEachOther() throws IOException {
        assertEquals(Set.of(1L), find("universe"));
        assertEquals(Set.of(2L), find("university"));
        assertEquals(Set.of(3L), find("organ"));
        assertEquals(Set.of(14L), find("experiment"));
        assertEquals(Set.of(), find("experience"));
    }

    @Test
    void spellingsAndIrregularFormsFindEachOther() throws IOException {
        assertEquals(Set.of(5L), find("tumor"));
        assertEquals(Set.of(5L), find("tumors"));
        assertEquals(Set.of(4L), find("organizational"));
        assertEquals(Set.of(6L), find("mouse"));
        assertEquals(Set.of(13L), find("analysis"));
    }

    @Test
    void synonymsFindEachOtherAcrossScripts() throws IOException {
        assertEquals(Set.of(10L), find("elevator"));
        assertEquals(Set.of(10L), find("elevators maintenance"));
        assertEquals(Set.of(11L, 12L), find("COVID-19"));
        assertEquals(Set.of(11L, 12L), find("新冠"));
        assertEquals(Set.of(11L, 12L), find("新型冠狀病毒"));
        assertEquals(Set.of(11L), find("新冠 rapid"));
    }

    @Test
    void shortWordsAreNotTakenForTyposOfOtherWords() throws IOException {
        SearchResult sonra = search(index, everything("sonra"));
        assertEquals(0, sonra.total().value(), "five letters: no edits");
        assertEquals(Set.of(9L), find("sonar"));
        assertEquals(Set.of(), find("polar"), "not solar, sonar or other five-letter words");
    }

    @Test
    void wordsOfTheIndexAreNotTakenForTypos() throws IOException {
        try (SearchIndex withHydrogel = SearchIndex.open(dir.resolve("hydrogel"))) {
            withHydrogel.replaceAll(
                    List.of(
                            licensable(1, "Hydrogen storage in salt caverns", "鹽穴儲氫")
                                    .build(),
                            licensable(2, "Hydrogel wound dressings", "水凝膠傷口敷料").build()),
                    RebuildProgress.none());
            SearchResult result =
                    withHydrogel.search(everything("hydrogel caverns").build());
            assertEquals(0, result.total().value(), "hydrogel is a word of the index, not a typo of hydrogen");
        }
        SearchResult typo = search(index, everything("hydrogel"));
        assertTrue(typo.approximate(), "not in this index: one edit from hydrogen");
        assertEquals(List.of(8L), ids(typo));
    }

    @Test
    void explicitFuzzyTermsAllowOneEditBelowTwelveLetters() throws IOException {
        assertEquals(Set.of(16L), find("battery~"), "better is two edits from battery");
        assertEquals(Set.of(16L), find("batery~"));
        assertEquals(Set.of(8L), find("hydrogel~"), "asked for: one edit");
        assertEquals(Set.of(17L), find("handling~"), "handling and handles share the stem handle");
    }

    @Test
    void wordsOfRecordsTheReaderMayNotSeeDoNotCount() throws IOException {
        try (SearchIndex hidden = SearchIndex.open(dir.resolve("hidden"))) {
            hidden.replaceAll(
                    List.of(
                            licensable(1, "Hydrogen storage in salt caverns", "鹽穴儲氫")
                                    .build(),
                            project(2, Visibility.CONFIDENTIAL, SZU, "Hydrogel wound dressings", "Not yet disclosed.")),
                    RebuildProgress.none());
            for (Audience outsider : List.of(Audience.institutions(Set.of(HKU)), Audience.investor())) {
                SearchResult result = hidden.search(
                        SearchRequest.builder(outsider).query("hydrogel").build());
                assertTrue(result.approximate(), "as if no record said hydrogel: " + outsider);
                assertEquals(List.of(1L), ids(result));
            }
            SearchResult member = hidden.search(SearchRequest.builder(Audience.institutions(Set.of(SZU)))
                    .query("hydrogel")
                    .build());
            assertFalse(member.approximate());
            assertEquals(List.of(2L), ids(member));
        }
    }

    @Test
    void longerTyposAreStillForgiven() throws IOException {
        SearchResult result = search(index, everything("organiods"));
        assertTrue(result.approximate());
        assertEquals(Set.of(5L), Set.copyOf(ids(result)));
    }
}
