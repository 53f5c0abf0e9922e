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

class QuerySyntaxTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                licensable(1, "Solid-state battery electrolyte", "固態電池電解質")
                        .summary(LocalizedText.english("A licensed electrolyte for solid state batteries."))
                        .build(),
                licensable(2, "Battery recycling plant", "電池回收廠").build(),
                licensable(3, "Robotic gripper for warehouses", "倉庫機械人夾爪")
                        .publicIdentifiers(List.of("HKUST"))
                        .build(),
                SearchDocument.builder(DocType.PROJECT, 4)
                        .visibility(Visibility.PUBLIC)
                        .parties(Set.of(SZU))
                        .title(LocalizedText.of("en", "Service robot for elderly care", "zh-Hans", "长者护理服务机器人"))
                        .publicIdentifiers(List.of("SZU"))
                        .build(),
                licensable(5, "Artificial intelligence for medical imaging", "人工智慧醫學影像")
                        .build(),
                SearchDocument.builder(DocType.PROJECT, 6)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.of("en", "AI chip design", "zh-Hans", "人工智能芯片设计"))
                        .build(),
                licensable(7, "Sensor network", "感測網絡")
                        .publicIdentifiers(List.of("CN202310123456.7"))
                        .internalIdentifiers(List.of("HT-2025-0042"))
                        .build(),
                licensable(8, "Report on HT-2025-0042 review", "審查報告").build(),
                licensable(9, "Solid waste state registry", "固體廢物登記").build(),
                SearchDocument.builder(DocType.INSTITUTION, 10)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.of(
                                "en",
                                "The Hong Kong University of Science and Technology",
                                "zh-Hant",
                                "香港科技大學",
                                "zh-Hans",
                                "香港科技大学"))
                        .publicIdentifiers(List.of("HKUST"))
                        .build(),
                project(11, Visibility.PUBLIC, HKU, "Sensor array for air quality", "Low-cost monitoring."),
                SearchDocument.builder(DocType.PROJECT, 12)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.english("Air quality monitoring"))
                        .abstractText(LocalizedText.english("A sensor mesh for districts."))
                        .build(),
                SearchDocument.builder(DocType.PROJECT, 13)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.english("District dashboards"))
                        .otherText(LocalizedText.english("Data from each sensor is kept for a year."))
                        .build());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<Long> find(String query) throws IOException {
        return ids(search(index, everything(query)));
    }

    static Set<Long> findSet(String query) throws IOException {
        return Set.copyOf(find(query));
    }

    @Test
    void stemmingMatchesInflections() throws IOException {
        assertEquals(Set.of(1L), findSet("licensing"));
        assertEquals(Set.of(1L, 2L), findSet("batteries"));
    }

    @Test
    void phrasesNeedAdjacentWords() throws IOException {
        assertEquals(Set.of(1L, 9L), findSet("solid state"));
        assertEquals(Set.of(1L), findSet("\"solid state\""));
    }

    @Test
    void prefixes() throws IOException {
        assertEquals(Set.of(3L, 4L), findSet("robot*"));
        assertEquals(Set.of(7L), findSet("CN2023*"));
    }

    @Test
    void booleanOperators() throws IOException {
        assertEquals(Set.of(1L), findSet("battery AND NOT recycling"));
        assertEquals(Set.of(1L), findSet("battery -recycling"));
        assertEquals(Set.of(2L, 3L, 4L), findSet("recycling OR robot"));
        assertEquals(Set.of(3L), findSet("(recycling OR robot) AND 倉庫"));
    }

    @Test
    void explicitFuzzyTerms() throws IOException {
        assertEquals(Set.of(1L, 2L), findSet("battrey~"));
    }

    @Test
    void typosFallBackToApproximateMatching() throws IOException {
        SearchResult exact = search(index, everything("battery"));
        assertFalse(exact.approximate());

        SearchResult typo = search(index, everything("battrey recyclign"));
        assertTrue(typo.approximate());
        assertEquals(List.of(2L), ids(typo));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(search(index, everything("batteri")))));
    }

    @Test
    void identifiersOutrankTitlesWhichOutrankAbstractsWhichOutrankOtherText() throws IOException {
        assertEquals(List.of(7L, 8L), find("HT-2025-0042"));
        List<Long> sensor = find("sensor");
        assertEquals(Set.of(7L, 11L), Set.copyOf(sensor.subList(0, 2)), "title matches first");
        assertEquals(List.of(12L, 13L), sensor.subList(2, 4), "then abstract, then other text");
    }

    @Test
    void exactIdentifiersIgnoreCase() throws IOException {
        assertEquals(List.of(7L), find("cn202310123456.7"));
        assertEquals(7L, find("ht-2025-0042").get(0));
        assertEquals(Set.of(3L, 10L), findSet("HKUST"));
    }

    @Test
    void traditionalAndSimplifiedFindEachOther() throws IOException {
        assertEquals(Set.of(5L, 6L), findSet("人工智慧"));
        assertEquals(Set.of(5L, 6L), findSet("人工智能"));
        assertEquals(Set.of(3L, 4L), findSet("機器人"));
        assertEquals(Set.of(3L, 4L), findSet("机器人"));
        assertEquals(Set.of(10L), findSet("香港科技大學"));
        assertEquals(Set.of(10L), findSet("香港科技大学"));
    }

    @Test
    void fullWidthLatinMatchesHalfWidth() throws IOException {
        assertEquals(Set.of(6L), findSet("ＡＩ"));
        assertEquals(Set.of(6L), findSet("ＡＩ芯片"));
    }

    @Test
    void mixedLatinAndChineseQueries() throws IOException {
        assertEquals(List.of(3L), find("HKUST 機器人"));
        assertEquals(List.of(4L), find("SZU 機械人"));
        assertEquals(Set.of(6L), findSet("AI芯片"));
    }

    @Test
    void unsegmentedChineseWordsMayMatchInDifferentFields() throws IOException {
        assertEquals(Set.of(1L), findSet("固態電池"));
        assertEquals(Set.of(4L), findSet("长者服务机器人"));
    }

    @Test
    void invalidSyntaxIsSearchedAsPlainWords() throws IOException {
        SearchResult unbalanced = search(index, everything("robot AND ("));
        assertTrue(unbalanced.syntaxIgnored());
        assertEquals(Set.of(3L, 4L), Set.copyOf(ids(unbalanced)));

        SearchResult range = search(index, everything("[a TO z] battery"));
        assertTrue(range.syntaxIgnored());

        SearchResult fielded = search(index, everything("abstract.en:sensor"));
        assertFalse(fielded.syntaxIgnored());
        assertEquals(0, fielded.total().value(), "no field syntax: the colon is part of the text");

        assertFalse(search(index, everything("robot\\")).hits().isEmpty());
    }

    @Test
    void blankQueryBrowsesEverything() throws IOException {
        assertEquals(13, search(index, everything("")).total().value());
        assertEquals(13, search(index, everything("*")).total().value());
        assertEquals(0, search(index, everything("the of and")).total().value());
    }

    @Test
    void wildcardExpansionIsCappedPerField(@TempDir Path other) throws IOException {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            docs.add(project(id, Visibility.PUBLIC, HKU, String.format("Robotarm%02d", id), ""));
        }
        try (SearchIndex many = indexWith(other, docs.toArray(new SearchDocument[0]))) {
            assertEquals(
                    SearchLimits.MAX_TERM_EXPANSIONS,
                    search(many, everything("robotarm*").size(100)).total().value());
            assertEquals(1, search(many, everything("robotarm07")).total().value());
        }
    }

    @Test
    void limitsAreEnforcedWithClearMessages() {
        assertThrows(
                SearchLimitException.class, () -> everything("x".repeat(501)).build());
        assertThrows(SearchLimitException.class, () -> everything("a").size(101).build());
        assertThrows(
                SearchLimitException.class,
                () -> everything("a").page(101).size(100).build());
        everything("a").page(100).size(100).build();
        assertThrows(
                IllegalArgumentException.class, () -> everything("a").page(0).build());

        String manyTerms = "word ".repeat(SearchLimits.MAX_QUERY_CLAUSES + 1);
        SearchLimitException tooMany =
                assertThrows(SearchLimitException.class, () -> search(index, everything(manyTerms)));
        assertTrue(tooMany.getMessage().contains("64"), tooMany.getMessage());
        assertThrows(SearchLimitException.class, () -> search(index, everything("*bot")));
        assertThrows(SearchLimitException.class, () -> search(index, everything("r*")));
        assertThrows(SearchLimitException.class, () -> search(index, everything("ab* cd* ef* gh* ij*")));
    }
}
