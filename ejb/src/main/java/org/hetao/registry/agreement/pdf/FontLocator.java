package org.hetao.registry.agreement.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the CJK font that agreement PDFs embed (Noto Sans CJK, SIL Open Font License 1.1, which
 * allows embedding). In order: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENVIRONMENT}, then the file that Debian's {@code fonts-noto-cjk} package installs. The
 * font is never bundled or downloaded by hand: it is installed with {@code apt-get install -y
 * fonts-noto-cjk}, or any Noto Sans CJK file (a {@code .ttc} collection or one {@code .otf}/{@code .ttf}
 * font) is named by the setting.
 */
public final class FontLocator {
    public static final String PROPERTY = "registry.cjk.font";
    public static final String ENVIRONMENT = "REGISTRY_CJK_FONT";
    public static final Path DEBIAN_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    public static final String DEBIAN_PACKAGE = "fonts-noto-cjk";

    private final String property;
    private final String environment;
    private final Path defaultFont;

    /** A locator with explicit sources; {@link #fromEnvironment()} reads the real ones. */
    public FontLocator(String property, String environment, Path defaultFont) {
        this.property = property;
        this.environment = environment;
        this.defaultFont = defaultFont;
    }

    public static FontLocator fromEnvironment() {
        return new FontLocator(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), DEBIAN_FONT);
    }

    /** The font file to use; fails with {@link CjkFontNotFoundException} if there is none. */
    public Path locate() {
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property.strip()), "the system property " + PROPERTY);
        }
        if (environment != null && !environment.isBlank()) {
            return existing(Path.of(environment.strip()), "the environment variable " + ENVIRONMENT);
        }
        if (defaultFont != null && Files.isReadable(defaultFont)) {
            return defaultFont;
        }
        throw new CjkFontNotFoundException(
                "No CJK font for agreement PDFs: " + defaultFont + " does not exist. Install the Debian package "
                        + DEBIAN_PACKAGE + " (apt-get install -y " + DEBIAN_PACKAGE + "), or set the system property "
                        + PROPERTY
                        + " or the environment variable " + ENVIRONMENT
                        + " to a Noto Sans CJK font file (.ttc, .otf or .ttf).");
    }

    private static Path existing(Path file, String source) {
        if (!Files.isReadable(file)) {
            throw new CjkFontNotFoundException("No CJK font for agreement PDFs: " + source + " names " + file
                    + ", which does not exist or cannot be read. Point it to a Noto Sans CJK font file, or install the Debian package "
                    + DEBIAN_PACKAGE + " (apt-get install -y " + DEBIAN_PACKAGE + ") and unset it.");
        }
        return file;
    }
}
