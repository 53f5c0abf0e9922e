package org.hetao.registry.agreement.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hetao.registry.agreement.AgreementSamples;
import org.hetao.registry.common.RegistrySetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    @TempDir
    Path dir;

    @Test
    void theSettingComesFirstThenTheDebianFont() throws IOException {
        Path a = Files.createFile(dir.resolve("a.ttc"));
        Path c = Files.createFile(dir.resolve("c.ttc"));
        assertEquals(a, new FontLocator(a.toString(), c).locate());
        assertEquals(a, new FontLocator(" " + a + " ", c).locate());
        assertEquals(c, new FontLocator(" ", c).locate());
        assertEquals(c, new FontLocator(null, c).locate());
    }

    @Test
    void aSettingThatNamesAMissingFileIsAnErrorNotAFallback() throws IOException {
        Path debian = Files.createFile(dir.resolve("debian.ttc"));
        CjkFontNotFoundException e = assertThrows(
                CjkFontNotFoundException.class,
                () -> new FontLocator(dir.resolve("nope.ttc").toString(), debian).locate());
        assertTrue(
                e.getMessage().contains("setting registry.cjk.font (environment variable REGISTRY_CJK_FONT)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("nope.ttc"), e.getMessage());
    }

    @Test
    void theSettingIsReadLikeEveryOtherSetting() throws IOException {
        Path a = Files.createFile(dir.resolve("configured.ttc"));
        String before = System.getProperty(RegistrySetting.CJK_FONT.key());
        System.setProperty(RegistrySetting.CJK_FONT.key(), a.toString());
        try {
            assertEquals(a, FontLocator.configured().locate());
        } finally {
            if (before == null) {
                System.clearProperty(RegistrySetting.CJK_FONT.key());
            } else {
                System.setProperty(RegistrySetting.CJK_FONT.key(), before);
            }
        }
    }

    @Test
    void noFontAtAllNamesTheSettingsAndThePackageToInstall() {
        CjkFontNotFoundException e = assertThrows(
                CjkFontNotFoundException.class,
                () -> new FontLocator(null, dir.resolve("NotoSansCJK-Regular.ttc")).locate());
        assertTrue(e.getMessage().contains("apt-get install -y fonts-noto-cjk"), e.getMessage());
        assertTrue(
                e.getMessage().contains("registry.cjk.font") && e.getMessage().contains("REGISTRY_CJK_FONT"),
                e.getMessage());
    }

    @Test
    void renderingWithoutAFontFailsBeforeWritingAnything() {
        AgreementRenderer renderer = new AgreementRenderer(new FontLocator(null, dir.resolve("missing.ttc")));
        CjkFontNotFoundException e =
                assertThrows(CjkFontNotFoundException.class, () -> renderer.render(AgreementSamples.draft()));
        assertTrue(e.getMessage().contains("fonts-noto-cjk"));
    }

    @Test
    void aFileThatIsNotAFontIsReportedAsSuch() throws IOException {
        Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
        AgreementRenderer renderer = new AgreementRenderer(new FontLocator(notAFont.toString(), null));
        assertThrows(RuntimeException.class, () -> renderer.render(AgreementSamples.draft()));
    }
}
