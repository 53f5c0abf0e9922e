package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.pdf.AgreementRenderer;
import org.hetao.registry.agreement.pdf.CjkFontNotFoundException;
import org.hetao.registry.agreement.pdf.FontLocator;
import org.hetao.registry.common.UnavailableException;

/**
 * Renders agreement documents with the framework version they name, read from the database, and
 * the CJK font named by the setting {@code registry.cjk.font} (by default Debian's fonts-noto-cjk). Without a
 * usable font nothing is rendered: the failure says what to install or set.
 */
@ApplicationScoped
public class AgreementRendering {
    @Inject
    FrameworkStore frameworks;

    public byte[] render(AgreementDocument doc) {
        try {
            return new AgreementRenderer(fontLocator()).render(doc, frameworks.framework(doc.frameworkVersion()));
        } catch (CjkFontNotFoundException e) {
            throw unavailable(e);
        }
    }

    /** Fails unless the font is there, so that no agreement is drafted that could not be rendered. */
    public void checkFont() {
        try {
            fontLocator().locate();
        } catch (CjkFontNotFoundException e) {
            throw unavailable(e);
        }
    }

    /** The font named by the setting registry.cjk.font, else the Debian package's. */
    static FontLocator fontLocator() {
        return FontLocator.configured();
    }

    private static UnavailableException unavailable(CjkFontNotFoundException e) {
        return new UnavailableException(
                "Agreement PDFs cannot be made on this server: it has no usable Chinese font. " + e.getMessage());
    }
}
