package org.hetao.registry.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseQuerySegmenterTest {

    @Test
    void cutsFoldedTextBetweenWords() {
        assertEquals("香港 科技 大学 机器人", ChineseQuerySegmenter.segment("香港科技大學機器人"));
    }

    @Test
    void foldsARegionalWordBeforeCuttingIt() {
        assertEquals("内存", ChineseQuerySegmenter.segment("記憶體"));
        assertEquals("集成电路", ChineseQuerySegmenter.segment("積體電路"));
    }

    @Test
    void keepsAOneCharacterWordWithItsNeighbour() {
        assertEquals("中药", ChineseQuerySegmenter.segment("中藥"));
        assertEquals("港大", ChineseQuerySegmenter.segment("港大"));
        assertEquals("药", ChineseQuerySegmenter.segment("藥"));
    }

    @Test
    void leavesOperatorsQuotesAndLatinTextAlone() {
        assertEquals("-機器人", ChineseQuerySegmenter.segment("-機器人"));
        assertEquals("機器*", ChineseQuerySegmenter.segment("機器*"));
        assertEquals("\"燃料電池\"", ChineseQuerySegmenter.segment("\"燃料電池\""));
        assertEquals("AI 芯片", ChineseQuerySegmenter.segment("AI晶片"));
    }
}
