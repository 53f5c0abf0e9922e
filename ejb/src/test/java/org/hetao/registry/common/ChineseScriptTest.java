package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A text of unstated language goes to the script its characters show, else to English. */
class ChineseScriptTest {
    @Test
    void traditionalOnlyCharactersMakeTraditionalChinese() {
        assertEquals(ChineseScript.ZH_HANT, ChineseScript.of("用於生物樣本管的軟夾爪，適合濕實驗室自動化。"));
    }

    @Test
    void simplifiedOnlyCharactersMakeSimplifiedChinese() {
        assertEquals(ChineseScript.ZH_HANS, ChineseScript.of("用于生物样本管的软夹爪，适合湿实验室自动化。"));
    }

    @Test
    void englishMixedAndUnclearTextsStayEnglish() {
        assertEquals(ChineseScript.EN, ChineseScript.of("A soft gripper for sample tubes."));
        assertEquals(ChineseScript.EN, ChineseScript.of("人工智能"), "no character only one script uses");
        assertEquals(ChineseScript.EN, ChineseScript.of("軟夾爪 软夹爪"), "both scripts alike");
        assertEquals(
                ChineseScript.EN, ChineseScript.of("A soft gripper for tubes.\n軟夾爪。\n软夹爪。"), "three languages stacked");
        assertEquals(ChineseScript.EN, ChineseScript.of(" "));
        assertEquals(ChineseScript.EN, ChineseScript.of(null));
    }

    @Test
    void aTextIsHeldUnderItsLanguageOnly() {
        assertEquals(new LocalizedText(null, "軟夾爪", null), ChineseScript.ZH_HANT.hold("軟夾爪"));
        assertEquals(new LocalizedText("Gripper", null, null), ChineseScript.EN.hold("Gripper"));
    }
}
