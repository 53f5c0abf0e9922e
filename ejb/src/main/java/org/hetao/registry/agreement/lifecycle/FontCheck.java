package org.hetao.registry.agreement.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.hetao.registry.agreement.pdf.CjkFontNotFoundException;

/**
 * Says at start-up, in one warning, when agreement PDFs cannot be made because the CJK font is
 * missing, and what to install or set; the rest of the registry works without it (drafting and
 * rendering agreements answer 503 until the font is there).
 */
@Singleton
@Startup
public class FontCheck {
    private static final Logger LOG = Logger.getLogger(FontCheck.class.getName());

    @PostConstruct
    void warnIfMissing() {
        try {
            AgreementRendering.fontLocator().locate();
        } catch (CjkFontNotFoundException e) {
            LOG.warning(() -> "Agreement PDFs cannot be made until the font is there. " + e.getMessage());
        }
    }
}
