package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.everything;
import static org.hetao.registry.lucene.Fixtures.ids;
import static org.hetao.registry.lucene.Fixtures.licensable;
import static org.hetao.registry.lucene.Fixtures.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese queries as Hong Kong, Taiwan and Mainland offices write them, against records of each region. */
class ChineseSearchTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void index() throws IOException {
        index = Fixtures.indexWith(
                dir,
                hans(1, "Anti-inflammatory compounds from herbs", "以中药材提取抗炎活性成分的新方法"),
                hans(2, "Low-power memory chips", "新一代低功耗内存芯片设计"),
                hant(3, "COVID-19 antigen test", "新冠病毒快速抗原檢測試劑"),
                hans(4, "Rooftop solar", "城市屋顶光伏发电系统的功率预测"),
                hant(5, "HKU spin-off", "港大醫學院孵化的生物科技初創企業"),
                hans(6, "Hand hygiene", "医院手部卫生依从性监测系统"),
                hant(7, "Numerical PDE solvers", "偏微分方程式的數值解法與平行計算"),
                hans(8, "Embedded firmware", "嵌入式设备固件程序的自动测试"),
                hant(9, "Camera", "高速數碼相機影像感應器"),
                hant(10, "Chip design", "積體電路設計與電晶體模擬"),
                hant(11, "Joint centre", "香港大學與深圳合辦的聯合研究中心"));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static SearchDocument hans(long id, String en, String zhHans) {
        return Fixtures.licensable(id, en, zhHans)
                .title(LocalizedText.of("en", en, "zh-Hans", zhHans))
                .build();
    }

    private static SearchDocument hant(long id, String en, String zhHant) {
        return licensable(id, en, zhHant).build();
    }

    private List<Long> found(String query) throws IOException {
        return ids(search(index, everything(query)));
    }

    @Test
    void aWordSearchedAloneFindsTheSentencesThatHoldIt() throws IOException {
        assertEquals(List.of(1L), found("中藥"));
        assertEquals(List.of(1L), found("中药"));
        assertEquals(List.of(2L), found("内存"));
        assertEquals(List.of(3L), found("新冠"));
        assertEquals(List.of(4L), found("光伏"));
        assertEquals(List.of(5L, 11L), found("港大"), "the word 港大 first, then the characters inside 香港大學");
    }

    @Test
    void regionalWordsAreFoldedBeforeTheQueryIsCut() throws IOException {
        assertEquals(List.of(2L), found("記憶體"));
        assertEquals(List.of(2L), found("記憶體晶片"));
        assertEquals(List.of(10L), found("集成电路"));
        assertEquals(List.of(10L), found("晶体管"));
        assertEquals(List.of(9L), found("传感器"));
        assertEquals(List.of(9L), found("感測器"));
    }

    @Test
    void hongKongStandardCharactersFindTheirRecords() throws IOException {
        assertEquals(List.of(6L), found("手部衞生"));
        assertEquals(List.of(6L), found("手部衛生"));
    }

    @Test
    void regionalWordsMatchWholeWordsOnly() throws IOException {
        assertEquals(List.of(8L), found("程式"), "Taiwan's 程式 is the Mainland 程序, not part of 方程式");
        assertEquals(List.of(8L), found("程序"));
        assertEquals(List.of(7L), found("方程式"));
        assertEquals(List.of(7L), found("偏微分方程"));
        assertEquals(List.of(), found("數字"), "digit is not 數碼 digital");
    }

    @Test
    void aMatchOfCharacterPairsIsHighlightedInTheOriginalText() throws IOException {
        SearchHit hit =
                search(index, everything("記憶體").language("zh-Hant")).hits().get(0);
        assertTrue(
                hit.highlightedTitle().toHtml().contains("<mark>内存</mark>"),
                hit.highlightedTitle().toHtml());
        SearchHit herb =
                search(index, everything("中藥").language("zh-Hans")).hits().get(0);
        String html = herb.highlightedTitle().toHtml();
        assertTrue(html.contains("<mark>中药"), html);
        assertFalse(html.contains("<mark>以"), html);
    }
}
