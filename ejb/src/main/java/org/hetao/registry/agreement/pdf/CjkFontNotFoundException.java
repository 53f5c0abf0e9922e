package org.hetao.registry.agreement.pdf;

/**
 * No font with Chinese glyphs could be found for agreement PDFs. Rendering stops rather than
 * produce a PDF whose Chinese text is blank; the message says which setting to use or what to install.
 */
public class CjkFontNotFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public CjkFontNotFoundException(String message) {
        super(message);
    }
}
