package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A reader sees their own language, else English, else the other Chinese script. */
class LocalizedTextTest {
    private static final LocalizedText ALL = new LocalizedText("Gripper", "夾爪", "夹爪");

    @Test
    void eachReaderGetsTheirOwnLanguage() {
        assertEquals("Gripper", ALL.forReader("en"));
        assertEquals("夾爪", ALL.forReader("zh-Hant"));
        assertEquals("夾爪", ALL.forReader("zh-Hant-HK"));
        assertEquals("夹爪", ALL.forReader("zh-Hans"));
        assertEquals("夹爪", ALL.forReader("zh-CN"));
        assertEquals("Gripper", ALL.forReader(null));
    }

    @Test
    void aMissingLanguageFallsBackToEnglishBeforeTheOtherChineseScript() {
        LocalizedText noTraditional = new LocalizedText("Gripper", null, "夹爪");
        assertEquals("Gripper", noTraditional.forReader("zh-Hant"));
        LocalizedText chineseOnly = new LocalizedText(null, null, "夹爪");
        assertEquals("夹爪", chineseOnly.forReader("zh-Hant"));
        assertEquals("夹爪", chineseOnly.forReader("en"));
        assertEquals("夾爪", new LocalizedText(null, "夾爪", null).forReader("zh-Hans"));
        assertNull(new LocalizedText(null, null, null).forReader("zh-Hans"));
    }

    @Test
    void optionalTextsDropBlankLanguagesAndKeepTheirBounds() {
        assertEquals(
                new LocalizedText("A", null, null),
                LocalizedText.optional("f", new LocalizedText(" A ", "  ", null), 5));
        assertEquals(true, LocalizedText.optional("f", null, 5).isEmpty());
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class,
                () -> LocalizedText.optional("advantages", new LocalizedText(null, "長".repeat(6), null), 5));
        assertEquals("advantages.zhHant", e.errors().get(0).field());
    }
}
