package org.hetao.registry.lucene.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private static final Analyzer ENGLISH = new EnglishTextAnalyzer();
    private static final Analyzer CHINESE = new ChineseTextAnalyzer();
    private static final Analyzer IDENTIFIER = new IdentifierAnalyzer();

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
        IDENTIFIER.close();
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void englishStemsInflections() throws IOException {
        assertEquals(terms(ENGLISH, "licensed"), terms(ENGLISH, "licensing"));
        assertEquals(terms(ENGLISH, "battery"), terms(ENGLISH, "batteries"));
        assertEquals(terms(ENGLISH, "robot"), terms(ENGLISH, "robots"));
    }

    @Test
    void englishLeavesChineseToTheChineseAnalyzer() throws IOException {
        assertEquals(List.of("robot", "hkust"), terms(ENGLISH, "robot 機器人 HKUST 机器人"));
    }

    @Test
    void englishFoldsCaseWidthAndAccentsAndDropsStopWords() throws IOException {
        assertEquals(List.of("ai"), terms(ENGLISH, "ＡＩ"));
        assertEquals(List.of("ai"), terms(ENGLISH, "AI"));
        assertEquals(List.of("cafe"), terms(ENGLISH, "Café"));
        assertEquals(List.of("university", "hong", "kong"), terms(ENGLISH, "The University of Hong Kong's"));
    }

    @Test
    void chineseFoldsTraditionalToSimplified() throws IOException {
        assertEquals(terms(CHINESE, "香港科技大学"), terms(CHINESE, "香港科技大學"));
        assertEquals(terms(CHINESE, "机器人"), terms(CHINESE, "機器人"));
        assertEquals(terms(CHINESE, "锂离子电池回收"), terms(CHINESE, "鋰離子電池回收"));
    }

    @Test
    void chineseFoldsRegionalTermVariants() throws IOException {
        assertEquals(terms(CHINESE, "人工智能"), terms(CHINESE, "人工智慧"));
        assertEquals(terms(CHINESE, "人工智能应用"), terms(CHINESE, "人工智慧應用"));
        assertEquals(terms(CHINESE, "机器人"), terms(CHINESE, "機械人"));
        assertEquals(terms(CHINESE, "软件"), terms(CHINESE, "軟體"));
        assertEquals(terms(CHINESE, "软件"), terms(CHINESE, "軟件"));
        assertEquals(terms(CHINESE, "数据"), terms(CHINESE, "資料"));
        assertEquals(terms(CHINESE, "数据"), terms(CHINESE, "數據"));
        assertEquals(terms(CHINESE, "芯片设计"), terms(CHINESE, "晶片設計"));
    }

    @Test
    void chineseSegmentsIntoWordsNotSingleCharacters() throws IOException {
        List<String> terms = terms(CHINESE, "香港科技大學機器人研究");
        assertEquals(List.of("香港", "科技", "大学", "机器人", "研究"), terms);
    }

    @Test
    void chineseNormalisesFullWidthAndKeepsLatinWords() throws IOException {
        assertEquals(terms(CHINESE, "AI芯片"), terms(CHINESE, "ＡＩ晶片"));
        assertEquals(List.of("hkust", "机器人"), terms(CHINESE, "HKUST 機器人"));
        assertEquals(terms(CHINESE, "battery"), terms(CHINESE, "batteries"));
    }

    @Test
    void identifiersAreWholeAndCaseFolded() throws IOException {
        assertEquals(List.of("hkust"), terms(IDENTIFIER, "HKUST"));
        assertEquals(List.of("ht-2025-0042"), terms(IDENTIFIER, "HT-2025-0042"));
        assertEquals(List.of("cn202310123456.7"), terms(IDENTIFIER, "CN202310123456.7"));
        assertEquals(List.of("cn202310123456.7"), terms(IDENTIFIER, "ＣＮ202310123456.7,"));
        assertEquals(List.of("0000-0002-1825-0097"), terms(IDENTIFIER, "0000-0002-1825-0097"));
        assertTrue(terms(IDENTIFIER, "and").isEmpty(), "stop words are never identifiers");
    }
}
