package org.hetao.registry.agreement;

import org.hetao.registry.common.LocalizedText;

/**
 * A point the chosen options leave to default rules that differ between Hong Kong and the Mainland:
 * its stable code, a short title and the full text, in the three languages.
 */
public record AgreementWarning(String code, LocalizedText title, LocalizedText text) {

    /** The warning with its title from the framework's labels ({@code warningTitle.<code>}). */
    public static AgreementWarning of(Framework fw, String code, LocalizedText text) {
        return new AgreementWarning(code, fw.label("warningTitle." + code), text);
    }
}
