package org.hetao.registry.agreement.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hetao.registry.common.RegistrySetting;

/**
 * Finds the CJK font that agreement PDFs embed (Noto Sans CJK, SIL Open Font License 1.1, which
 * allows embedding): the file named by the setting {@code registry.cjk.font} ({@link
 * RegistrySetting#CJK_FONT}: a system property or the environment variable {@code
 * REGISTRY_CJK_FONT}, like every other setting), else the file that Debian's {@code fonts-noto-cjk}
 * package installs. The font is never bundled or downloaded by hand: it is installed with {@code
 * apt-get install -y fonts-noto-cjk}, or any Noto Sans CJK file (a {@code .ttc} collection or one
 * {@code .otf}/{@code .ttf} font) is named by the setting.
 */
public final class FontLocator {
    public static final Path DEBIAN_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    public static final String DEBIAN_PACKAGE = "fonts-noto-cjk";

    private static final RegistrySetting SETTING = RegistrySetting.CJK_FONT;

    private final String configured;
    private final Path defaultFont;

    /** A locator with an explicit setting (null or blank: none) and default file; {@link #configured()} reads the real ones. */
    public FontLocator(String configured, Path defaultFont) {
        this.configured = configured;
        this.defaultFont = defaultFont;
    }

    /** The font named by the setting {@code registry.cjk.font}, else Debian's. */
    public static FontLocator configured() {
        return new FontLocator(SETTING.optional().orElse(null), DEBIAN_FONT);
    }

    /** The font file to use; fails with {@link CjkFontNotFoundException} if there is none. */
    public Path locate() {
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured.strip());
            if (!Files.isReadable(file)) {
                throw new CjkFontNotFoundException("No CJK font for agreement PDFs: the setting " + SETTING.key()
                        + " (environment variable " + SETTING.environmentVariable() + ") names " + file
                        + ", which does not exist or cannot be read. Point it to a Noto Sans CJK font file, or install the Debian package "
                        + DEBIAN_PACKAGE + " (apt-get install -y " + DEBIAN_PACKAGE + ") and unset it.");
            }
            return file;
        }
        if (defaultFont != null && Files.isReadable(defaultFont)) {
            return defaultFont;
        }
        throw new CjkFontNotFoundException(
                "No CJK font for agreement PDFs: " + defaultFont + " does not exist. Install the Debian package "
                        + DEBIAN_PACKAGE + " (apt-get install -y " + DEBIAN_PACKAGE + "), or set " + SETTING.key()
                        + " (environment variable " + SETTING.environmentVariable()
                        + ") to a Noto Sans CJK font file (.ttc, .otf or .ttf).");
    }
}
