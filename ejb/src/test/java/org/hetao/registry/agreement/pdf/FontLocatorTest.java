package org.hetao.registry.agreement.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hetao.registry.agreement.AgreementSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    @TempDir
    Path dir;

    @Test
    void theSystemPropertyComesFirstThenTheEnvironmentThenTheDebianFont() throws IOException {
        Path a = Files.createFile(dir.resolve("a.ttc"));
        Path b = Files.createFile(dir.resolve("b.otf"));
        Path c = Files.createFile(dir.resolve("c.ttc"));
        assertEquals(a, new FontLocator(a.toString(), b.toString(), c).locate());
        assertEquals(b, new FontLocator(" ", b.toString(), c).locate());
        assertEquals(c, new FontLocator(null, null, c).locate());
    }

    @Test
    void aSettingThatNamesAMissingFileIsAnErrorNotAFallback() throws IOException {
        Path debian = Files.createFile(dir.resolve("debian.ttc"));
        CjkFontNotFoundException e = assertThrows(
                CjkFontNotFoundException.class,
                () -> new FontLocator(dir.resolve("nope.ttc").toString(), null, debian).locate());
        assertTrue(e.getMessage().contains("system property registry.cjk.font"), e.getMessage());
        e = assertThrows(
                CjkFontNotFoundException.class, () -> new FontLocator(null, "/no/such/font.otf", debian).locate());
        assertTrue(e.getMessage().contains("environment variable REGISTRY_CJK_FONT"), e.getMessage());
    }

    @Test
    void noFontAtAllNamesTheSettingsAndThePackageToInstall() {
        CjkFontNotFoundException e = assertThrows(
                CjkFontNotFoundException.class,
                () -> new FontLocator(null, null, dir.resolve("NotoSansCJK-Regular.ttc")).locate());
        assertTrue(e.getMessage().contains("apt-get install -y fonts-noto-cjk"), e.getMessage());
        assertTrue(
                e.getMessage().contains("registry.cjk.font") && e.getMessage().contains("REGISTRY_CJK_FONT"),
                e.getMessage());
    }

    @Test
    void renderingWithoutAFontFailsBeforeWritingAnything() {
        AgreementRenderer renderer = new AgreementRenderer(new FontLocator(null, null, dir.resolve("missing.ttc")));
        CjkFontNotFoundException e =
                assertThrows(CjkFontNotFoundException.class, () -> renderer.render(AgreementSamples.draft()));
        assertTrue(e.getMessage().contains("fonts-noto-cjk"));
    }

    @Test
    void aFileThatIsNotAFontIsReportedAsSuch() throws IOException {
        Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
        AgreementRenderer renderer = new AgreementRenderer(new FontLocator(notAFont.toString(), null, null));
        assertThrows(RuntimeException.class, () -> renderer.render(AgreementSamples.draft()));
    }
}
