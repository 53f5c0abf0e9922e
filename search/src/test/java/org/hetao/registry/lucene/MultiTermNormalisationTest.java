package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prefix, fuzzy and phrase terms meet the index in the same form as plain words: stemmed English,
 * folded (case, width, Traditional/Simplified, regional terms) and segmented Chinese.
 */
class MultiTermNormalisationTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                licensable(1, "Sulfide electrolytes for solid-state batteries", "固態電池硫化物電解質")
                        .summary(LocalizedText.of(
                                "en", "Licensing terms for the electrolytes.", "zh-Hant", "人工智慧輔助的電池材料篩選。"))
                        .build(),
                licensable(2, "Service robots for elderly care", "長者護理服務機械人").build(),
                SearchDocument.builder(DocType.IP_ASSET, 3)
                        .visibility(Visibility.PUBLIC)
                        .investorVisible(true)
                        .title(LocalizedText.of("en", "Mangrove carbon monitoring", "zh-Hans", "红树林碳汇监测"))
                        .build(),
                licensable(4, "Robotics research at the Hong Kong University of Science and Technology", "香港科技大學機械人研究")
                        .build(),
                licensable(5, "Lottery-free computer vision", "電腦視覺").build(),
                // not for investors: its words must not widen what investors' terms expand to
                SearchDocument.builder(DocType.PROJECT, 6)
                        .visibility(Visibility.CONFIDENTIAL)
                        .parties(Set.of(SZU))
                        .title(LocalizedText.of("en", "Battery swapping robots", "zh-Hans", "电池更换机器人"))
                        .build());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Set<Long> find(String query) throws IOException {
        return Set.copyOf(ids(search(index, everything(query))));
    }

    static Set<Long> investor(String query) throws IOException {
        return Set.copyOf(ids(index.search(
                SearchRequest.builder(Audience.investor()).query(query).build())));
    }

    @Test
    void fuzzyEnglishTermsAreStemmedLikePlainWords() throws IOException {
        assertEquals(Set.of(1L), investor("battery"));
        assertEquals(Set.of(1L), investor("battery~"), "battery~ meets batteri, the stem batteries is indexed as");
        assertEquals(Set.of(1L), investor("Battery~"));
        assertEquals(Set.of(1L), investor("ＢＡＴＴＥＲＹ~"), "full-width letters fold");
        assertEquals(Set.of(1L), investor("battrey~"));
        assertEquals(Set.of(1L), investor("licence~"));
        assertEquals(Set.of(2L, 4L), investor("robot~"));
        assertEquals(Set.of(1L, 6L), find("battery~"));
    }

    @Test
    void prefixEnglishTermsMatchWholeInflectedWords() throws IOException {
        assertEquals(Set.of(1L), investor("batteries*"));
        assertEquals(Set.of(1L), investor("battery*"));
        assertEquals(Set.of(1L), investor("Batter*"));
        assertEquals(Set.of(1L), investor("licensing*"));
        assertEquals(Set.of(1L), investor("license*"));
        assertEquals(Set.of(2L, 4L), investor("robotic*"));
        assertEquals(Set.of(1L), investor("solid-stat*"));
    }

    @Test
    void phrasesAreFoldedAndStemmed() throws IOException {
        assertEquals(Set.of(1L), investor("\"Solid State Batteries\""));
        assertEquals(Set.of(1L), investor("\"solid-state battery\""));
        assertEquals(Set.of(2L), investor("\"elderly cares\""));
        assertEquals(Set.of(), investor("\"elderly robots\""), "the words are not adjacent");
        assertEquals(Set.of(1L), investor("\"固态电池\""));
        assertEquals(Set.of(2L), investor("\"服务机器人\""), "Simplified and Mainland term find 服務機械人");
        assertEquals(Set.of(2L), investor("\"服務機械人\""));
        assertEquals(Set.of(3L), investor("\"紅樹林\""), "Traditional finds Simplified");
    }

    @Test
    void fuzzyChineseTermsAreFoldedAcrossScriptsAndRegions() throws IOException {
        assertEquals(Set.of(1L), investor("人工智慧~"));
        assertEquals(Set.of(1L), investor("人工智能~"));
        assertEquals(Set.of(2L, 4L), investor("機械人~"), "the Hong Kong term finds 机器人");
        assertEquals(Set.of(2L, 4L), investor("机器人~"));
        assertEquals(Set.of(3L), investor("紅樹林~"));
        assertEquals(Set.of(1L), investor("電池~"), "a two-character word allows no edit: 电脑 is not 电池");
    }

    @Test
    void prefixChineseTermsAreFoldedAndSegmented() throws IOException {
        assertEquals(Set.of(1L), investor("電池*"));
        assertEquals(Set.of(1L), investor("固態電池*"), "two words: 固态 and a word starting 电池");
        assertEquals(Set.of(1L), investor("固态电池*"));
        assertEquals(Set.of(4L), investor("香港科技大學*"));
        assertEquals(Set.of(4L), investor("香港科技大学*"));
        assertEquals(Set.of(3L), investor("紅樹*"), "a prefix of one indexed word");
        assertEquals(Set.of(2L, 4L), investor("機械人*"));
    }

    @Test
    void investorsTermsNeverReachHiddenRecords() throws IOException {
        for (String query : new String[] {"battery~", "batteries*", "swapping~", "swap*", "电池更换*", "更換~"}) {
            assertFalse(investor(query).contains(6L), query);
        }
        assertEquals(Set.of(), investor("swap*"));
        assertEquals(Set.of(6L), find("swap*"));
        assertEquals(Set.of(6L), find("更換*"));
    }
}
