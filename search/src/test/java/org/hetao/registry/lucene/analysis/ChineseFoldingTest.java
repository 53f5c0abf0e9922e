package org.hetao.registry.lucene.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How Chinese text of Hong Kong, Taiwan and the Mainland is folded before it is cut into words. */
class ChineseFoldingTest {

    private static final Analyzer BIGRAMS = new ChineseBigramAnalyzer();

    @AfterAll
    static void close() {
        BIGRAMS.close();
    }

    private static String folded(String text) {
        return ChineseTextAnalyzer.folded(text);
    }

    private static void sameOnceFolded(String expected, String... variants) {
        for (String variant : variants) {
            assertEquals(folded(expected), folded(variant), variant + " should fold like " + expected);
        }
    }

    @Test
    void hongKongStandardCharactersFoldLikeOtherTraditionalForms() {
        assertEquals("手部卫生", folded("手部衞生"));
        sameOnceFolded("卫生署", "衞生署", "衛生署");
        sameOnceFolded("山峰", "山峯");
        sameOnceFolded("汇丰", "滙豐", "匯豐");
        sameOnceFolded("面条", "麪條", "麵條");
    }

    @Test
    void taiwanVocabularyFoldsToTheMainlandWord() {
        sameOnceFolded("集成电路", "積體電路");
        sameOnceFolded("代码", "程式碼");
        sameOnceFolded("视频会议", "視訊會議");
        sameOnceFolded("传感器", "感測器");
        sameOnceFolded("用户界面", "使用者介面");
        sameOnceFolded("固件", "韌體");
        sameOnceFolded("晶体管", "電晶體");
        sameOnceFolded("操作系统", "作業系統");
        sameOnceFolded("互联网", "網際網路");
        sameOnceFolded("数据挖掘", "資料探勘");
        sameOnceFolded("优化", "最佳化");
        sameOnceFolded("内存", "記憶體");
        sameOnceFolded("知识产权", "智慧財產權");
        sameOnceFolded("质量", "品質");
    }

    @Test
    void hongKongVocabularyFoldsToTheMainlandWord() {
        sameOnceFolded("视频会议", "視像會議");
        sameOnceFolded("传感器", "感應器");
        sameOnceFolded("信息安全", "資訊保安", "資訊安全");
        sameOnceFolded("质量", "質素");
        sameOnceFolded("机器人", "機械人");
        sameOnceFolded("激光", "鐳射", "雷射");
        sameOnceFolded("服务器", "伺服器");
    }

    @Test
    void regionalWordsForDigitalMeetButNeverDigit() {
        sameOnceFolded("数字孪生", "數碼孿生", "數位孿生");
        sameOnceFolded("数字化", "數碼化", "數位化");
        assertEquals("数字", folded("數字"));
        assertNotEquals(folded("數字"), folded("數碼"));
        assertNotEquals(folded("數字"), folded("數位"));
    }

    @Test
    void regionalWordsAreNotReplacedInsideLongerWords() {
        assertEquals("偏微分方程", folded("偏微分方程式"));
        assertEquals("方程", folded("方程式"));
        assertEquals("化学方程", folded("化學方程式"));
        assertEquals("程序", folded("程式"));
        assertEquals("程序", folded("程序")); // Taiwan's 程序 "process" is also the Mainland 程序 "program"
        assertEquals("产品质量", folded("產品質量"));
        assertEquals("食品质量检测", folded("食品質量檢測"));
        assertEquals("木质素", folded("木質素"));
        assertEquals("投资安全", folded("投資安全"));
        assertEquals("科技转化", folded("科技轉化"));
        assertEquals("创新创业", folded("創新創業"));
    }

    @Test
    void foldingFoldedTextChangesNothing() {
        for (Map.Entry<String, String> entry : ChineseCharMaps.termEntries().entrySet()) {
            for (String text : List.of(entry.getKey(), entry.getValue())) {
                String once = folded(text);
                assertEquals(once, folded(once), "folding " + text + " twice");
            }
        }
    }

    @Test
    void everyReviewedPhraseHasTwoOrMoreCharacters() {
        ChineseCharMaps.termEntries()
                .keySet()
                .forEach(key -> assertTrue(key.codePointCount(0, key.length()) >= 2, key));
    }

    @Test
    void characterPairsAreTheSameAloneAndInASentence() throws IOException {
        assertEquals(List.of("中药"), terms("中藥"));
        assertTrue(terms("本中心以中藥材為原料").containsAll(terms("中藥")));
        assertEquals(List.of("内存"), terms("記憶體"));
        assertTrue(terms("新型記憶體晶片").containsAll(terms("內存")));
        assertEquals(List.of("机器", "器人"), terms("機械人"));
        assertEquals(List.of("港"), terms("港"));
        assertEquals(List.of(), terms("GaN 2024"));
    }

    @Test
    void characterPairsPointAtTheOriginalText() throws IOException {
        List<String> marked = new ArrayList<>();
        String text = "以記憶體儲存";
        try (TokenStream tokens = BIGRAMS.tokenStream("f", text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.toString().equals("内存")) {
                    marked.add(text.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        }
        assertEquals(List.of("記憶體"), marked);
        assertFalse(folded(text).contains("記"));
    }

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = BIGRAMS.tokenStream("f", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
